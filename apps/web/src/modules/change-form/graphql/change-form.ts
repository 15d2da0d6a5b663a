import { graphql } from '../../../gql';

export const ChangeFormItemFragment = graphql(`
  fragment ChangeFormItem on ChangeFormNode {
    id
    kind
    reason
    effectiveDate
    reportedBy
    reportedByName
    submittedAt
    registeredAt
    submittedBy {
      id
      name
    }
  }
`);

export const ChangeFormSubjectQuery = graphql(`
  query ChangeFormSubject($personId: ID!) {
    changeFormSubject(personId: $personId) {
      person {
        id
        name
        firstName
      }
      openPlanId
      openPlanStatus
      activeGroupId
      assignments {
        id
        coordinatorId
        coordinatorName
        unitName
        startDate
        endDate
        isChildCoordinator
        isViewer
      }
      candidates {
        id
        name
        unit {
          id
          name
        }
        caseload
      }
      forms {
        id
        ...ChangeFormItem
      }
    }
  }
`);

export const SubmitChangeFormMutation = graphql(`
  mutation SubmitChangeForm($input: SubmitChangeFormInput!) {
    submitChangeForm(input: $input) {
      id
      registeredAt
    }
  }
`);

export const UnregisteredChangeFormsQuery = graphql(`
  query UnregisteredChangeForms {
    unregisteredChangeForms {
      id
      kind
      effectiveDate
      reason
      submittedAt
      submittedBy {
        id
        name
      }
      person {
        id
        name
      }
    }
  }
`);

export const RegisterChangeFormMutation = graphql(`
  mutation RegisterChangeForm($changeFormId: ID!) {
    registerChangeForm(changeFormId: $changeFormId) {
      id
      registeredAt
    }
  }
`);
