import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Muscle } from '../../content/schema';

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
  /** Held-back notice when a safety answer means self-care should wait (rendered instead of the steps). */
  selfCareHold?: ReactNode;
  /** How the emergency number reads for this person: "999", or "your local emergency number (…)". */
  emergency: string;
}

const PREVALENCE_WORDS: Record<Muscle['prevalence'], string> = {
  common: 'a common cause of pain in this pattern',
  occasional: 'an occasional cause of pain in this pattern',
  rare: 'a rare cause of pain in this pattern',
};

function List({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** Everything MyoMap knows about one muscle, with the self-care steps, cautions and warning signs. */
export function MusclePage({ muscle: m, sideNote, areaLabel, similar, figure, backHref, selfCareHold, emergency }: MusclePageProps) {
  const areas = (ids: readonly string[]) => ids.map(areaLabel).join(', ');
  return (
    <article className="muscle" aria-labelledby="muscle-title">
      <p>
        <Link to={backHref}>← Back to the body map and results</Link>
      </p>
      <header className="muscle__header">
        <h1 id="muscle-title">
          {m.name}
          {sideNote ? <span className="muscle__side"> ({sideNote})</span> : null}
        </h1>
        {m.otherNames.length > 0 && <p className="muted">Also called: {m.otherNames.join(', ')}</p>}
        <p className="muted">
          Usually {PREVALENCE_WORDS[m.prevalence]}.
        </p>
      </header>

      <aside className="notice notice--info" aria-label="About this information">
        <strong>Self-care information, not a diagnosis.</strong> See a clinician if pain is severe, keeps
        getting worse, follows an injury, or comes with any warning sign listed below. In an emergency call {emergency}.
      </aside>

      <section aria-labelledby="cautions-title" className="notice notice--caution">
        <h2 id="cautions-title">Cautions: where not to press</h2>
        <ul>
          {m.cautions.map((c) => (
            <li key={c.where}>
              <strong>{c.where}:</strong> {c.why}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="pattern-title">
        <h2 id="pattern-title">Where it sends pain</h2>
        <p>
          Main pain area: {areas(m.referral.primary)}.
          {m.referral.secondary.length > 0 && <> Spillover: {areas(m.referral.secondary)}.</>}
          {m.referral.bothSides.length > 0 && <> Felt on both sides: {areas(m.referral.bothSides)}.</>}
        </p>
        {figure}
        {m.referral.notes && <p className="muted">{m.referral.notes}</p>}
      </section>

      <section aria-labelledby="where-title">
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
      </section>

      <section aria-labelledby="does-title">
        <h2 id="does-title">What it does</h2>
        <List items={m.actions} />
      </section>

      <section aria-labelledby="symptoms-title">
        <h2 id="symptoms-title">Symptoms</h2>
        <List items={m.symptoms} />
      </section>

      <section aria-labelledby="causes-title">
        <h2 id="causes-title">What sets it off</h2>
        <List items={m.causes} />
      </section>

      <section aria-labelledby="avoid-title">
        <h2 id="avoid-title">How to avoid it</h2>
        <List items={m.prevention} />
      </section>

      <section aria-labelledby="selfcare-title">
        <h2 id="selfcare-title">Self-care steps</h2>
        {selfCareHold ?? (
          <>
            {m.selfCare.clinicianOnly && (
              <p className="notice notice--caution">
                <strong>Not for self-massage.</strong> {m.selfCare.reason} A physiotherapist, physician or
                trained therapist can examine and treat it.
              </p>
            )}
            {m.selfCare.steps.length > 0 ? (
              <ol className="steps">
                {m.selfCare.steps.map((step) => (
                  <li key={step.title} className="step">
                    <h3>{step.title}</h3>
                    <p>{step.how}</p>
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

      <section aria-labelledby="ruleout-title" className="notice notice--warning">
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

      {m.notes && (
        <section aria-labelledby="notes-title">
          <h2 id="notes-title">Notes on the sources</h2>
          <p>{m.notes}</p>
        </section>
      )}

      <section aria-labelledby="sources-title">
        <h2 id="sources-title">Sources</h2>
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
