import { graphql } from '../../../gql';

export const MyParticipationQuery = graphql(`
  query MyParticipation {
    myParticipation {
      groupId
      ...ParticipationCard
    }
  }
`);
