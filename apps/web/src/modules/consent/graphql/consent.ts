import { graphql } from '../../../gql';

export const StaffConsentItemFragment = graphql(`
  fragment StaffConsentItem on ConsentView {
    id
    scope
    form
    givenAt
    givenByName
    heardAt
    heardByName
    registeredByName
    youngPersonView
    youngPersonAgrees
    periodStart
    periodEnd
    informedOfComposition
    informedOfWayOfWorking
    informedOfInformationExchange
    documentReference
    restrictions {
      kind
      description
      lifeArea
      goalId
      subPlanId
      unitName
      organisation
    }
    document {
      fileName
      mediaType
      byteSize
      url
      uploadedAt
    }
    pdfUrl
    withdrawnAt
  }
`);

/** The signed form as the upload answers it, written into the cache. */
export const ConsentDocumentStoredFragment = graphql(`
  fragment ConsentDocumentStored on ConsentView {
    id
    document {
      fileName
      mediaType
      byteSize
      url
      uploadedAt
    }
  }
`);

/** Who the page is about, and who may consent for them: for the person's coordinator and KE. */
export const ConsentPersonQuery = graphql(`
  query ConsentPerson($personId: ID!) {
    consentSubject(personId: $personId) {
      person {
        id
        name
        firstName
        age
      }
      guardians {
        id
        name
        relation
      }
    }
  }
`);

export const StaffConsentsQuery = graphql(`
  query StaffConsents($personId: ID!) {
    consents(personId: $personId) {
      id
      ...StaffConsentItem
    }
  }
`);

/** The plan's goals and sub-plans a restriction may name: the plan is for its coordinator; KE registers without it. */
export const ConsentPlanContextQuery = graphql(`
  query ConsentPlanContext($personId: ID!) {
    plan(personId: $personId) {
      id
      status
      goals {
        id
        description
        kind
        lifeArea
      }
      subPlans {
        id
        kind
        title
      }
    }
  }
`);

export const ConsentUnitsQuery = graphql(`
  query ConsentUnits {
    units {
      id
      name
    }
  }
`);

export const RegisterConsentMutation = graphql(`
  mutation RegisterConsent($input: RegisterConsentInput!) {
    registerConsent(input: $input) {
      id
      scope
      form
      ...StaffConsentItem
    }
  }
`);

export const ConsentAlertsQuery = graphql(`
  query ConsentAlerts {
    consentAlerts {
      kind
      scope
      consentId
      periodEnd
      daysLeft
      planId
      groupId
      person {
        id
        name
      }
    }
  }
`);
