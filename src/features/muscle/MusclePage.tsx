import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Muscle, SelfCareStep } from '../../content/schema';

export interface MusclePageProps {
  muscle: Muscle;
  /** e.g. "right side", shown when the person came from a ranked result. */
  sideNote?: string;
  /** Plain words for a side-less area id: 'knee-back' -> 'back of knee'. */
  areaLabel: (area: string) => string;
  similar: readonly { id: string; name: string; href: string }[];
  /** The referral pattern drawn over the person's pain. */
  figure: ReactNode;
  backHref: string;
  /** "Back to results" with marks; "Body map" without. */
  backLabel: string;
  /** What the safety check holds back: shown in "What to do now" instead of the first step, and instead of the steps. */
  selfCareHold?: ReactNode;
  /** One line on the safety check for the marked places, when nothing is held. */
  safetyState?: ReactNode;
  /** How the emergency number reads for this person: "999", or "your local emergency number (…)". */
  emergency: string;
}

const PREVALENCE_WORDS: Record<Muscle['prevalence'], string> = {
  common: 'Often the cause of the pain pattern shown below',
  occasional: 'Sometimes the cause of the pain pattern shown below',
  rare: 'Rarely the cause of the pain pattern shown below',
};

/** The page's sections, in order, for the jump links. */
const SECTIONS = [
  ['self-care', 'Self-care'],
  ['cautions', 'Cautions'],
  ['pattern', 'Where it sends pain'],
  ['where', 'Where it is'],
  ['causes', 'Causes'],
  ['rule-out', 'Rule out'],
  ['sources', 'Sources'],
] as const;

function List({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function StepFacts({ step }: { step: SelfCareStep }) {
  return (
    <dl className="step__facts">
      <div>
        <dt>How long</dt>
        <dd>{step.duration}</dd>
      </div>
      <div>
        <dt>How often</dt>
        <dd>{step.frequency}</dd>
      </div>
      <div>
        <dt>How hard</dt>
        <dd>{step.pressure}</dd>
      </div>
    </dl>
  );
}

/**
 * Everything MyoMap knows about one muscle. It opens with "What to do now" (the first self-care step,
 * the caution that matters most, the safety check), then every section, each a jump link away.
 */
export function MusclePage({ muscle: m, sideNote, areaLabel, similar, figure, backHref, backLabel, selfCareHold, safetyState, emergency }: MusclePageProps) {
  // Semicolons between places: a place's own name can hold a comma ("wrist, back of hand side").
  const areas = (ids: readonly string[]) => ids.map(areaLabel).join('; ');
  const first = m.selfCare.steps[0];
  const caution = m.cautions[0];
  const carefulLine = caution && (
    <p className="muscle__caution">
      <strong>Careful: {caution.where}.</strong> {caution.why}
    </p>
  );
  return (
    <article className="muscle" aria-labelledby="muscle-title">
      <p className="muscle__back">
        <Link to={backHref}>← {backLabel}</Link>
      </p>
      <header className="muscle__header">
        <h1 id="muscle-title">
          {m.name}
          {sideNote ? <span className="muscle__side"> ({sideNote})</span> : null}
        </h1>
        <p className="muscle__plain">
          The {m.plainName}. {PREVALENCE_WORDS[m.prevalence]}.
        </p>
      </header>

      <section aria-labelledby="now-title" className="muscle__now">
        <h2 id="now-title">What to do now</h2>
        {selfCareHold ?? (
          <>
            {m.selfCare.clinicianOnly && (
              <p className="notice notice--caution">
                <strong>Not for self-massage.</strong> {m.selfCare.reason} A physiotherapist, physician or
                trained therapist can examine and treat it.
              </p>
            )}
            {/* Where not to press comes before the first step that presses. */}
            {carefulLine}
            {first ? (
              <div className="step step--first">
                <h3>Step 1: {first.title}</h3>
                <p>{first.how}</p>
                <StepFacts step={first} />
                {m.selfCare.steps.length > 1 && (
                  <p>
                    <a href="#self-care">All {m.selfCare.steps.length} steps</a>
                  </p>
                )}
              </div>
            ) : (
              <p>No safe self-care steps: please see a clinician.</p>
            )}
            {safetyState}
          </>
        )}
        {selfCareHold && carefulLine}
        <nav aria-label="On this page" className="jump-links">
          <ul>
            {SECTIONS.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </section>

      <section id="self-care" aria-labelledby="selfcare-title">
        <h2 id="selfcare-title">Self-care steps</h2>
        {selfCareHold ? (
          <p className="muted">Held until the safety questions under “What to do now” are answered.</p>
        ) : (
          <>
            {m.selfCare.steps.length > 0 ? (
              <ol className="steps">
                {m.selfCare.steps.map((step) => (
                  <li key={step.title} className="step">
                    <h3>{step.title}</h3>
                    <p>{step.how}</p>
                    <StepFacts step={step} />
                  </li>
                ))}
              </ol>
            ) : (
              <p>No safe self-care steps: please see a clinician.</p>
            )}
            <p className="muted">Stop if pain gets sharper, spreads, or you feel numbness or tingling.</p>
          </>
        )}
      </section>

      <aside className="notice notice--info" aria-label="About this information">
        <strong>Self-care information, not a diagnosis.</strong> See a clinician if pain is severe, keeps
        getting worse, follows an injury, or comes with any warning sign listed below. In an emergency call {emergency}.
      </aside>

      <section id="cautions" aria-labelledby="cautions-title" className="notice notice--caution">
        <h2 id="cautions-title">Cautions: where not to press</h2>
        <ul>
          {m.cautions.map((c) => (
            <li key={c.where}>
              <strong>{c.where}:</strong> {c.why}
            </li>
          ))}
        </ul>
      </section>

      <section id="pattern" aria-labelledby="pattern-title">
        <h2 id="pattern-title">Where it sends pain</h2>
        <p>{m.referral.summary}</p>
        <p className="muted">
          Main pain area: {areas(m.referral.primary)}.
          {m.referral.secondary.length > 0 && <> Spillover: {areas(m.referral.secondary)}.</>}
        </p>
        {figure}
      </section>

      <section id="where" aria-labelledby="where-title">
        <h2 id="where-title">Where it is</h2>
        <p>{m.location}</p>
        <h3>Trigger points</h3>
        <ul>
          {m.triggerPoints.map((tp) => (
            <li key={tp.description}>
              <strong>{areaLabel(tp.area)}:</strong> {tp.description}
            </li>
          ))}
        </ul>
        <h3>What it does</h3>
        <List items={m.actions} />
      </section>

      <section id="causes" aria-labelledby="causes-title">
        <h2 id="causes-title">What sets it off</h2>
        <List items={m.causes} />
        <h3>Symptoms</h3>
        <List items={m.symptoms} />
        <h3>How to avoid it</h3>
        <List items={m.prevention} />
      </section>

      <section id="rule-out" aria-labelledby="ruleout-title" className="notice notice--warning">
        <h2 id="ruleout-title">When to see a clinician</h2>
        <p>These conditions can feel similar and need a professional to rule them out:</p>
        <ul className="ruleout">
          {m.ruleOut.map((r) => (
            <li key={r.condition}>
              <strong>{r.condition}</strong>
              <List items={r.warningSigns} />
            </li>
          ))}
        </ul>
      </section>

      {similar.length > 0 && (
        <section aria-labelledby="similar-title">
          <h2 id="similar-title">Muscles with similar pain</h2>
          <ul className="inline-list">
            {similar.map((s) => (
              <li key={s.id}>
                <Link to={s.href}>{s.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section id="sources" aria-labelledby="sources-title">
        <h2 id="sources-title">Sources and notes</h2>
        {m.otherNames.length > 0 && <p>Also called: {m.otherNames.join(', ')}.</p>}
        {m.referral.notes && <p>{m.referral.notes}</p>}
        {m.notes && <p>{m.notes}</p>}
        <ul className="sources">
          {m.sources.map((s) => (
            <li key={s.url + s.title}>
              <a href={s.url} rel="noreferrer noopener" target="_blank">
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
