import { graphql } from '../../../gql';

export const MyCaseloadQuery = graphql(`
  query MyCaseload {
    myCaseload {
      assignmentId
      ...CaseloadRow
    }
  }
`);
