import { graphql } from '../../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      activeRole
      roles
      ...AppHeaderMe
    }
  }
`);

export const SwitchRoleMutation = graphql(`
  mutation SwitchRole($role: Role!) {
    switchRole(role: $role) {
      id
      activeRole
      roles
      ...AppHeaderMe
    }
  }
`);
