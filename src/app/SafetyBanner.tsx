import { lazy, Suspense } from 'react';
import { firstEmergency, urgencyNow, useSafety } from './use-safety';
import { useSelection } from './use-selection';
import { paths } from './paths';
import { usePathname } from './route-context';

const SafetyAlert = lazy(() => import('../features/safety/SafetyAlert').then((m) => ({ default: m.SafetyAlert })));

/** The safety alert for the current selection, shown above everything on every page. */
export function SafetyBanner() {
  const { selection, details } = useSelection();
  const view = useSafety(selection);
  const pathname = usePathname();
  if (view.status !== 'ready') return null;
  const first = firstEmergency(view);
  const outcomes = view.assessment.outcomes;
  const level = urgencyNow(view);
  if (!level) return null;
  const atLevel = outcomes.filter((o) => o.urgency === level);
  const headlines = [...new Set([...(first ? [first.headline] : []), ...atLevel.map((o) => o.question.headline ?? o.flag.headline)])];
  const flags = [...new Map(atLevel.map((o) => [o.flag.id, o.flag])).values()];
  return (
    <Suspense fallback={null}>
      <SafetyAlert
        level={level}
        headlines={headlines}
        answered={outcomes.map((o) => ({ key: o.key, text: o.question.text, answer: o.answer }))}
        whatToDo={flags.map((f) => ({ key: f.id, name: f.name, text: f.whatToDo }))}
        help={view.help}
        answersHref={pathname === paths.home() ? '#triage' : `${paths.home(selection, details)}#triage`}
      />
    </Suspense>
  );
}
