// The goal save as the benchmark sends it: each connection saves one goal of the plan, over and
// over, from the goal's current version and with a new description each time (the editor saves
// one field at a time: `input: { description }`), so every save goes through and writes. The
// version is learnt from each answer (the editor starts its next save from it).
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import type { Ask, Write } from './operations';
import { firstDifference } from './targets';
import { planReadOf, webDocument } from './web-documents';

interface GoalRow {
  id: string;
  description: string;
  version: number;
}

interface HistoryRow {
  id: string;
  at: string;
  actorName: string;
  actorRole: string;
  __typename: string;
  [field: string]: unknown;
}

/** A save's text: the goal's own, marked with the version the save makes, so that it always changes. */
const savedText = (original: string, version: number) => `${original} [${version}]`;
const originalOf = (text: string) => text.replace(/ \[\d+\]$/, '');

/** The same JSON, whichever realm made the objects (fetch's answers are not Jest's objects). */
const sameJson = (a: unknown, b: unknown) => isDeepStrictEqual(JSON.parse(JSON.stringify(a ?? null)), JSON.parse(JSON.stringify(b ?? null)));

export async function goalSaves(ask: Ask, personId: string | undefined): Promise<Write> {
  if (!personId) throw new Error("the goal save: the plan's person is not on the coordinator's caseload");
  const query = webDocument('UpdateGoal');
  // The plan as the API reads it, in the shape the save answers with.
  const read = planReadOf('UpdateGoal');
  const planNow = async () => (await ask(read, { personId })).plan as Record<string, unknown> & { goals: GoalRow[] };
  const goals = (await planNow()).goals.map((goal) => ({ id: goal.id, original: originalOf(goal.description) }));
  if (goals.length === 0) throw new Error('the goal save: the plan has no goals');
  const current = new Map<string, Omit<GoalRow, 'id'>>();
  const learn = (rows: GoalRow[]) => {
    for (const { id, version, description } of rows) current.set(id, { version, description });
  };
  const goalOf = (connection: number) => goals[connection % goals.length]!;
  /** The last save sent on its own (connection 0), for `check`. */
  let sent: { goalId: string; expectedVersion: number; before: string; after: string } | undefined;
  /** Who the full stack's history entry names (the first checked), for the baselines'. */
  let actor: { actorName: string; actorRole: string } | undefined;

  return {
    records: goals.length,
    async prepare() {
      // Until two reads a moment apart agree: a save cut off at the end of a run may still be on its way.
      let last = '';
      for (let attempt = 0; attempt < 50; attempt += 1) {
        const rows = (await planNow()).goals;
        learn(rows);
        const seen = JSON.stringify(rows.map((row) => [row.id, row.version]));
        if (seen === last) return;
        last = seen;
        await sleep(100);
      }
      throw new Error("the goal save: the goals' versions do not settle");
    },
    body(connection) {
      const goal = goalOf(connection);
      const { version, description } = current.get(goal.id)!;
      const after = savedText(goal.original, version + 1);
      if (connection === 0) sent = { goalId: goal.id, expectedVersion: version, before: description, after };
      return JSON.stringify({ operationName: 'UpdateGoal', variables: { goalId: goal.id, expectedVersion: version, input: { description: after } }, query });
    },
    answered(connection, status, body) {
      if (status !== 200) return false;
      const answer = JSON.parse(body) as { data?: { updateGoal?: { goals?: GoalRow[] } } | null; errors?: unknown };
      const goal = goalOf(connection);
      // Only this connection's goal: another's may be newer than this answer by now.
      const saved = answer.data?.updateGoal?.goals?.find((row) => row.id === goal.id);
      if (answer.errors || !saved) return false;
      current.set(goal.id, { version: saved.version, description: saved.description });
      return true;
    },
    async check(data) {
      const save = sent!;
      const problems: string[] = [];
      const answer = data.updateGoal as { goals?: GoalRow[] } | null;
      const saved = answer?.goals?.find((row) => row.id === save.goalId);
      if (saved?.version !== save.expectedVersion + 1 || saved.description !== save.after) {
        problems.push(`the goal is answered as ${JSON.stringify(saved)}, not saved at version ${save.expectedVersion + 1}`);
      }
      const after = await planNow();
      learn(after.goals);
      if (!sameJson(answer, after)) problems.push(`the answer is not the plan as the API reads it after the save: ${firstDifference(after, answer, 'updateGoal')}`);
      // The history entry it wrote, as the API shows it: the same as the full stack's save writes.
      const history = (await ask('PlanHistory', { personId })).plan as { goals: Array<{ id: string; history: HistoryRow[] }> };
      const entry = history.goals.find((goal) => goal.id === save.goalId)?.history[0];
      if (!entry) return [...problems, 'the save left no history entry'];
      const { id: _id, at: _at, __typename: _typename, actorName, actorRole, ...written } = entry;
      actor ??= { actorName, actorRole };
      const expected = {
        action: 'goal.updated',
        entity: 'Goal',
        entityId: save.goalId,
        entityVersion: save.expectedVersion + 1,
        changes: [{ field: 'description', before: save.before, after: save.after, __typename: 'FieldChange' }],
      };
      if (!sameJson(written, expected) || actorRole !== 'COORDINATOR' || !sameJson({ actorName, actorRole }, actor)) {
        problems.push(`the history entry is ${JSON.stringify(entry)}, not ${JSON.stringify({ ...expected, ...actor })}`);
      }
      return problems;
    },
  };
}
