import { graphql } from '../../../gql';

export const MyUnitsQuery = graphql(`
  query MyUnits {
    myUnits {
      id
      ...UnitCard
    }
  }
`);
