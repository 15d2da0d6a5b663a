// What an individual plan must hold, part by part, and whether this one does: what is missing is
// said in words, and a problem with a goal or measure links to its card. It comes with the plan,
// so every save brings it up to date.
import { Details, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { MouseEvent } from 'react';
import { Section } from '../../../components/Section';
import { useFragment, type FragmentType } from '../../../gql';
import type { LegalContentFragment as Legal } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { shortText } from '../short-text';
import { LegalContentFragment } from './graphql';
import { usePlanReview } from './PlanReviewContext';

/** The element id of a goal's or measure's card in the editor. */
export const planItemElementId = (kind: 'goal' | 'measure', id: string) => `${kind}-${id}`;

/** Scrolls to the card and moves the focus there, so the keyboard goes on from it. */
function goTo(event: MouseEvent<HTMLAnchorElement>, elementId: string) {
  const target = document.getElementById(elementId);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView?.({ block: 'start' });
  target.focus();
}

function ProblemLink({ kind, id }: { kind: 'goal' | 'measure'; id: string }) {
  const t = useT();
  const name = usePlanReview().nameOf(id);
  if (!name) return null;
  const elementId = planItemElementId(kind, id);
  const label = t(kind === 'goal' ? 'web.planReview.legal.goToGoal' : 'web.planReview.legal.goToMeasure', { name: shortText(name) });
  return (
    <>
      {' '}
      <Link href={`#${elementId}`} onClick={(event) => goTo(event, elementId)}>
        {label}
      </Link>
    </>
  );
}

function Finding({ finding }: { finding: Legal['legalContent'][number] }) {
  const t = useT();
  return (
    <li className="app-list__item" data-testid="legal-finding">
      <div className="app-tags">
        <p>{t(`plan.legal.item.${finding.item}`)}</p>
        <Tag data-color={finding.satisfied ? 'success' : 'warning'} data-size="sm">
          {t(finding.satisfied ? 'web.planReview.legal.satisfied' : 'web.planReview.legal.missing')}
        </Tag>
      </div>
      {finding.problems.length > 0 ? (
        <ul>
          {finding.problems.map((problem, index) => (
            <li key={`${problem.code}:${problem.goalId ?? problem.measureId ?? index}`}>
              {t(`plan.legal.problem.${problem.code}`)}
              {problem.goalId ? <ProblemLink kind="goal" id={problem.goalId} /> : null}
              {problem.measureId ? <ProblemLink kind="measure" id={problem.measureId} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function LegalContentPanel(props: { plan: FragmentType<typeof LegalContentFragment> }) {
  const { legalContent } = useFragment(LegalContentFragment, props.plan);
  const t = useT();
  if (legalContent.length === 0) return null;
  const missing = legalContent.filter((finding) => !finding.satisfied).length;
  return (
    <Section id="plan-legal-content" title={t('web.planReview.legal.title')}>
      <Paragraph data-size="sm">{t('web.planReview.legal.intro', { missing })}</Paragraph>
      {/* A plan that holds it all need not show every part; one that lacks something does. */}
      <Details defaultOpen={missing > 0}>
        <Details.Summary>{t('web.planReview.legal.parts')}</Details.Summary>
        <Details.Content>
          <ul className="app-list">
            {legalContent.map((finding) => (
              <Finding key={finding.item} finding={finding} />
            ))}
          </ul>
        </Details.Content>
      </Details>
    </Section>
  );
}
