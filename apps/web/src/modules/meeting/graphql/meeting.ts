import { graphql } from '../../../gql';

/** A line in a person's list of meetings. */
export const MeetingSummaryFragment = graphql(`
  fragment MeetingSummary on MeetingView {
    id
    type
    status
    startsAt
    endsAt
    location
    videoLink
    myAnswer
    agendaSentAt
    minutes {
      finalisedAt
    }
  }
`);

export const InviteeCandidateFragment = graphql(`
  fragment InviteeCandidate on MeetingInviteeCandidate {
    kind
    name
    userId
    relativeId
    roleInGroup
    isMember
    isCoordinator
    hasEmail
  }
`);

export const PersonMeetingsQuery = graphql(`
  query PersonMeetings($personId: ID!) {
    meetings(personId: $personId) {
      person {
        id
        name
        firstName
      }
      canPlan
      canReadPlan
      agendaNoticeDays
      groupMeetingMinutes
      inviteeCandidates {
        ...InviteeCandidate
      }
      upcoming {
        id
        ...MeetingSummary
      }
      past {
        id
        ...MeetingSummary
      }
    }
  }
`);

/** The candidates alone, for changing who is invited to a meeting planned already. */
export const InviteeCandidatesQuery = graphql(`
  query MeetingInviteeCandidates($personId: ID!) {
    meetings(personId: $personId) {
      person {
        id
      }
      groupMeetingMinutes
      inviteeCandidates {
        ...InviteeCandidate
      }
    }
  }
`);

/** Everything the meeting page shows; every change answers with it, so the screen is the server's. */
export const MeetingDetailsFragment = graphql(`
  fragment MeetingDetails on MeetingView {
    id
    person {
      id
      name
      firstName
    }
    groupId
    type
    status
    startsAt
    durationMinutes
    endsAt
    location
    videoLink
    chairUserId
    chairName
    minuteTakerUserId
    minuteTakerName
    agendaSetWithPerson
    agendaSentAt
    agendaDueBy
    agendaSentLate
    agendaLateReason
    myAnswer
    cancelledAt
    cancelReason
    canManage
    canWriteMinutes
    canReadPlan
    version
    invitees {
      id
      kind
      name
      userId
      relativeId
      agendaItemId
      answer
      answeredAt
      present
      isCoordinator
      email
    }
    agenda {
      id
      position
      title
      description
      goalId
      measureId
      fromActionItemId
      notes
      conclusion
      toLeadersKind
      invitees {
        id
        kind
        name
        userId
        relativeId
        email
      }
      actionItems {
        id
        description
        responsibleUserId
        responsibleName
        dueDate
        overdue
        doneAt
        goalId
        goalDescription
        version
      }
    }
    minutes {
      previousMinutesApproved
      nextMeetingAt
      nextMeetingTopic
      distribution
      writtenAt
      finalisedAt
      finalisedByName
      missingParts
    }
  }
`);

export const MeetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      id
      ...MeetingDetails
    }
  }
`);

/** The goals of the person's plan, for tying an action item to one (null without a plan). */
export const MeetingPlanGoalsQuery = graphql(`
  query MeetingPlanGoals($personId: ID!) {
    plan(personId: $personId) {
      id
      goals {
        id
        description
      }
    }
  }
`);

export const PlanMeetingMutation = graphql(`
  mutation PlanMeeting($input: MeetingInput!) {
    planMeeting(input: $input) {
      id
      ...MeetingDetails
    }
  }
`);

export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($meetingId: ID!, $version: Int!, $input: MeetingUpdateInput!) {
    updateMeeting(meetingId: $meetingId, version: $version, input: $input) {
      id
      ...MeetingDetails
    }
  }
`);

export const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($meetingId: ID!, $version: Int!, $reason: String!) {
    cancelMeeting(meetingId: $meetingId, version: $version, reason: $reason) {
      id
      ...MeetingDetails
    }
  }
`);

export const SetAgendaMutation = graphql(`
  mutation SetAgenda($meetingId: ID!, $version: Int!, $items: [AgendaItemInput!]!, $setWithPerson: Boolean!) {
    setAgenda(meetingId: $meetingId, version: $version, items: $items, setWithPerson: $setWithPerson) {
      id
      ...MeetingDetails
    }
  }
`);

export const BuildAgendaFromPlanMutation = graphql(`
  mutation BuildAgendaFromPlan($meetingId: ID!, $version: Int!) {
    buildAgendaFromPlan(meetingId: $meetingId, version: $version) {
      id
      ...MeetingDetails
    }
  }
`);

export const SendAgendaMutation = graphql(`
  mutation SendAgenda($meetingId: ID!, $version: Int!, $lateReason: String) {
    sendAgenda(meetingId: $meetingId, version: $version, lateReason: $lateReason) {
      id
      ...MeetingDetails
    }
  }
`);

export const AnswerInvitationMutation = graphql(`
  mutation AnswerInvitation($meetingId: ID!, $answer: AttendanceAnswer!) {
    answerInvitation(meetingId: $meetingId, answer: $answer) {
      id
      ...MeetingDetails
    }
  }
`);

export const SaveMinutesMutation = graphql(`
  mutation SaveMinutes($meetingId: ID!, $version: Int!, $input: MinutesInput!) {
    saveMinutes(meetingId: $meetingId, version: $version, input: $input) {
      id
      ...MeetingDetails
    }
  }
`);

export const AddActionItemMutation = graphql(`
  mutation AddActionItem($meetingId: ID!, $version: Int!, $input: ActionItemInput!) {
    addActionItem(meetingId: $meetingId, version: $version, input: $input) {
      id
      ...MeetingDetails
    }
  }
`);

export const RemoveActionItemMutation = graphql(`
  mutation RemoveActionItem($actionItemId: ID!, $version: Int!) {
    removeActionItem(actionItemId: $actionItemId, version: $version) {
      id
      ...MeetingDetails
    }
  }
`);

export const FinaliseMinutesMutation = graphql(`
  mutation FinaliseMinutes($meetingId: ID!, $version: Int!) {
    finaliseMinutes(meetingId: $meetingId, version: $version) {
      id
      ...MeetingDetails
    }
  }
`);

/** One task in a list: the user's own, or a goal's in the plan. */
export const ActionItemRowFragment = graphql(`
  fragment ActionItemRow on ActionItemView {
    id
    meetingId
    person {
      id
      firstName
    }
    description
    responsibleName
    dueDate
    overdue
    doneAt
    goalId
    canMarkDone
    version
  }
`);

export const MyTasksQuery = graphql(`
  query MyTasks {
    myTasks {
      id
      ...ActionItemRow
    }
  }
`);

export const MarkActionItemDoneMutation = graphql(`
  mutation MarkActionItemDone($actionItemId: ID!, $version: Int!, $done: Boolean!) {
    markActionItemDone(actionItemId: $actionItemId, version: $version, done: $done) {
      id
      ...ActionItemRow
    }
  }
`);

export const ToLeadersItemsQuery = graphql(`
  query ToLeadersItems {
    toLeadersItems {
      agendaItemId
      meetingId
      person {
        id
        name
      }
      meetingStartsAt
      title
      kind
      conclusion
    }
  }
`);
