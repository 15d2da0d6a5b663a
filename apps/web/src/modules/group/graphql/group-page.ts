import { graphql } from '../../../gql';

export const GroupViewFragment = graphql(`
  fragment GroupViewFields on GroupView {
    id
    status
    establishedAt
    closedAt
    wishNote
    compositionReviewedAt
    lastNeedReview
    needReviewDue
    needReviewSoon
    compositionReviewDueFor
    canManage
    version
    members {
      id
      kind
      name
      userId
      relativeId
      roleInGroup
      unitId
      unitName
      organisation
      anchoredInOwnUnit
      email
      joinedAt
      isCoordinator
    }
  }
`);

export const GroupPageQuery = graphql(`
  query GroupPage($personId: ID!) {
    group(personId: $personId) {
      person {
        id
        name
      }
      establishBlockers
      groupConsentId
      canManage
      group {
        ...GroupViewFields
      }
    }
  }
`);

export const GroupMemberCandidatesQuery = graphql(`
  query GroupMemberCandidates($personId: ID!) {
    groupMemberCandidates(personId: $personId) {
      kind
      name
      userId
      relativeId
      unitId
      unitName
      organisation
      relation
      isMember
    }
    units {
      id
      name
    }
  }
`);

export const EstablishGroupMutation = graphql(`
  mutation EstablishGroup($input: EstablishGroupInput!) {
    establishGroup(input: $input) {
      ...GroupViewFields
    }
  }
`);

export const AddGroupMemberMutation = graphql(`
  mutation AddGroupMember($groupId: ID!, $version: Int!, $input: GroupMemberInput!) {
    addGroupMember(groupId: $groupId, version: $version, input: $input) {
      ...GroupViewFields
    }
  }
`);

export const UpdateGroupMemberMutation = graphql(`
  mutation UpdateGroupMember($memberId: ID!, $version: Int!, $input: GroupMemberInput!) {
    updateGroupMember(memberId: $memberId, version: $version, input: $input) {
      ...GroupViewFields
    }
  }
`);

export const RemoveGroupMemberMutation = graphql(`
  mutation RemoveGroupMember($memberId: ID!, $version: Int!) {
    removeGroupMember(memberId: $memberId, version: $version) {
      ...GroupViewFields
    }
  }
`);

export const RecordCompositionReviewMutation = graphql(`
  mutation RecordCompositionReview($groupId: ID!, $version: Int!) {
    recordCompositionReview(groupId: $groupId, version: $version) {
      ...GroupViewFields
    }
  }
`);

export const RecordNeedReviewMutation = graphql(`
  mutation RecordNeedReview($groupId: ID!, $version: Int!, $stillNeeded: Boolean!) {
    recordNeedReview(groupId: $groupId, version: $version, stillNeeded: $stillNeeded) {
      ...GroupViewFields
    }
  }
`);

export const GroupReviewsDueQuery = graphql(`
  query GroupReviewsDue {
    groupReviewsDue {
      groupId
      reason
      needReviewDue
      transitionDate
      overdue
      person {
        id
        name
      }
    }
  }
`);
