-- Comments and answers on goals are their own record and write no history, so they tell the
-- plan's live channel themselves: the coordinator's editor shows a new comment, and the person's
-- page the answer, without a reload. The event carries no text (plan-changes.ts).
CREATE FUNCTION "samhandling_notify_goal_comment"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('samhandling_plans', json_build_object(
    'planId', NEW."planId", 'entity', 'GoalComment', 'entityId', NEW."id",
    'action', 'comment.' || lower(NEW."kind"::text), 'version', NULL, 'actorId', NEW."authorId")::text);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "GoalComment_notify_plan"
  AFTER INSERT ON "GoalComment"
  FOR EACH ROW EXECUTE FUNCTION "samhandling_notify_goal_comment"();
