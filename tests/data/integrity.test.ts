// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, loadContent, muscleFileNames } from '../../scripts/content/load-content-node';
import { ContentError } from '../../scripts/content/validate-content';
import { coverageMarkdown, coverageReport } from '../../scripts/content/coverage-report';
import { viewBox } from '../../src/features/body-map/parts';

const content = loadContent();
const artDir = resolve(import.meta.dirname, '../../src/features/body-map/art');

function drawnRegions(): Map<string, string[]> {
  const drawn = new Map<string, string[]>();
  for (const file of readdirSync(artDir).filter((f) => f.endsWith('.svg'))) {
    for (const match of readFileSync(join(artDir, file), 'utf8').matchAll(/data-region="([^"]+)"/g)) {
      const id = match[1] ?? '';
      drawn.set(id, [...(drawn.get(id) ?? []), file]);
    }
  }
  return drawn;
}

describe('data/ integrity', () => {
  it('has the 148 body regions, each with a plain label', () => {
    expect(content.regions).toHaveLength(148);
    for (const r of content.regions) expect(r.label.length).toBeGreaterThan(2);
  });

  it('draws exactly the regions of data/regions.json on the body-map art', () => {
    const drawn = [...drawnRegions().keys()].sort();
    expect(drawn).toEqual(content.regions.map((r) => r.id).sort());
  });

  it('draws each region at most once per view', () => {
    for (const [id, files] of drawnRegions()) expect(new Set(files).size, id).toBe(files.length);
  });

  it('holds each view\'s place while it loads with the same viewBox as its art', () => {
    for (const view of ['front', 'back', 'soles'] as const) {
      const svg = readFileSync(join(artDir, `body-${view}.svg`), 'utf8');
      expect(svg.match(/viewBox="([^"]+)"/)?.[1], view).toBe(viewBox(view).join(' '));
    }
  });

  it('gives every muscle and safety entry at least one source with an address', () => {
    for (const m of [...content.muscles, ...content.redFlags]) {
      expect(m.sources.length, m.id).toBeGreaterThan(0);
      for (const s of m.sources) expect(s.url, m.id).toMatch(/^https?:\/\//);
    }
  });

  it('gives every muscle cautions, warning signs and either self-care steps or a reason to see a clinician', () => {
    for (const m of content.muscles) {
      expect(m.cautions.length, m.id).toBeGreaterThan(0);
      expect(m.ruleOut.flatMap((r) => r.warningSigns).length, m.id).toBeGreaterThan(0);
      if (m.selfCare.clinicianOnly) expect(m.selfCare.reason, m.id).toBeTruthy();
      else expect(m.selfCare.steps.length, m.id).toBeGreaterThan(0);
    }
  });

  it('writes every caution\'s reason as a sentence (the page shows it after the place, as one)', () => {
    const unfinished = content.muscles.flatMap((m) => m.cautions.filter((c) => !/[.!?]$/.test(c.why.trim())).map((c) => `${m.id}: ${c.where}`));
    expect(unfinished).toEqual([]);
  });

  it('links every muscle to at least one safety screen', () => {
    const flags = new Set(content.redFlags.map((f) => f.id));
    for (const m of content.muscles) {
      const links = m.ruleOut.map((r) => r.redFlag).filter((x) => x !== undefined);
      expect(links.length, m.id).toBeGreaterThan(0);
      for (const l of links) expect(flags.has(l), `${m.id} -> ${l}`).toBe(true);
    }
  });
});

describe('the coverage report', () => {
  it('is up to date in docs/coverage.md (regenerate with npm run check:data -- --write)', () => {
    const onDisk = readFileSync(resolve(import.meta.dirname, '../../docs/coverage.md'), 'utf8');
    expect(onDisk).toBe(coverageMarkdown(coverageReport(content), content.muscles.length));
  });

  it('lists one-way similar links, which the app shows both ways', () => {
    const report = coverageReport(content);
    for (const [from, to] of report.oneWaySimilar) {
      expect(content.muscles.find((m) => m.id === to)?.similarMuscles).not.toContain(from);
    }
  });
});

describe('readable errors for bad data', () => {
  function withBrokenCopy(edit: (dir: string) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'myomap-data-'));
    try {
      cpSync(dataDir, dir, { recursive: true });
      edit(dir);
      try {
        loadContent(dir);
      } catch (error) {
        if (error instanceof ContentError) return error.message;
        throw error;
      }
      return 'no error';
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const muscleFile = (dir: string, id: string) => join(dir, 'muscles', `${id}.json`);
  const editMuscle = (dir: string, id: string, change: (m: Record<string, unknown>) => void) => {
    const m = JSON.parse(readFileSync(muscleFile(dir, id), 'utf8')) as Record<string, unknown>;
    change(m);
    writeFileSync(muscleFile(dir, id), JSON.stringify(m));
  };

  it('names the file and field of a wrong area id, with the closest known ids', () => {
    const message = withBrokenCopy((dir) => {
      editMuscle(dir, 'soleus', (m) => {
        (m.referral as { primary: string[] }).primary = ['heal'];
      });
    });
    expect(message).toContain('data/muscles/soleus.json: referral.primary[0]: unknown area "heal"');
    expect(message).toMatch(/closest: .*heel/);
  });

  it('names the file and field of a missing field', () => {
    const message = withBrokenCopy((dir) => {
      editMuscle(dir, 'plantaris', (m) => {
        delete m.cautions;
      });
    });
    expect(message).toContain('data/muscles/plantaris.json: cautions:');
  });

  it('names both files of a duplicate id', () => {
    const message = withBrokenCopy((dir) => {
      writeFileSync(muscleFile(dir, 'soleus-copy'), readFileSync(muscleFile(dir, 'soleus'), 'utf8'));
    });
    expect(message).toContain('data/muscles/soleus.json: id: duplicate id "soleus" (also in data/muscles/soleus-copy.json)');
  });

  it('names a link to a muscle that does not exist', () => {
    const message = withBrokenCopy((dir) => {
      editMuscle(dir, 'popliteus', (m) => {
        m.similarMuscles = ['plantarus'];
      });
    });
    expect(message).toContain('data/muscles/popliteus.json: similarMuscles[0]: unknown muscle "plantarus" (closest: plantaris');
  });

  it('names broken JSON', () => {
    const message = withBrokenCopy((dir) => {
      writeFileSync(muscleFile(dir, 'gastrocnemius'), '{ "id": ');
    });
    expect(message).toContain('data/muscles/gastrocnemius.json: (file):');
  });

  it('fails on a muscle file in capitals instead of skipping it, and on stray files', () => {
    const message = withBrokenCopy((dir) => {
      renameSync(muscleFile(dir, 'soleus'), join(dir, 'muscles', 'soleus.JSON'));
      writeFileSync(join(dir, 'muscles', '.DS_Store'), '');
    });
    expect(message).toContain('data/muscles/soleus.JSON: (file): not read: every file here must be named <muscle-id>.json, in lower case; rename it soleus.json');
    expect(message).toContain('data/muscles/.DS_Store: (file): not read');
  });

  it.each([
    ['lower-case muscle files, sorted', ['soleus.json', 'abductor-hallucis.json'], ['abductor-hallucis.json', 'soleus.json'], []],
    ['an upper-case extension', ['soleus.JSON'], [], ['soleus.JSON']],
    ['an upper-case name', ['Soleus.json'], [], ['Soleus.json']],
    ['another extension', ['soleus.json.bak', 'notes.md', 'soleus.jsonc'], [], ['soleus.json.bak', 'notes.md', 'soleus.jsonc']],
    ['hidden and odd names', ['.soleus.json', 'sole_us.json', 'soleus .json', 'soleus--x.json'], [], ['.soleus.json', 'sole_us.json', 'soleus .json', 'soleus--x.json']],
  ])('reads only lower-case <muscle-id>.json from data/muscles/, and names the rest: %s', (_what, names, read, refused) => {
    const problems: string[] = [];
    expect(muscleFileNames(names, problems)).toEqual(read);
    expect(problems.map((p) => /^data\/muscles\/(.*): \(file\): not read/.exec(p)?.[1])).toEqual(refused);
  });
});
