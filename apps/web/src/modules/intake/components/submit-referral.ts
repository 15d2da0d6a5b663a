import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { apiErrorInfo, type FieldError } from '../../../apollo/errors';
import { setApiFieldErrors } from '../../../components/form';
import type { CreateReferralInput, CreateReferralMutation as CreateReferralData } from '../../../gql/graphql';
import { CreateReferralMutation } from '../graphql/intake';
import { formFieldOf } from '../referral-rules';

export type SubmittedReferral = CreateReferralData['createReferral'];

/**
 * Sends a referral. The API's field messages are set on the form's fields (`knownFields` says
 * which names the form has); any other failure is returned as `error` for the form to show.
 */
export function useSubmitReferral<T extends FieldValues>(setError: UseFormSetError<T>, knownFields: (name: string) => boolean) {
  // The submitter's list (MySubmittedReferrals) asks the API again whenever it is shown.
  const [create, { loading, error, reset }] = useMutation(CreateReferralMutation);
  const [unplaced, setUnplaced] = useState<FieldError[]>([]);

  const submit = async (input: CreateReferralInput): Promise<SubmittedReferral | null> => {
    setUnplaced([]);
    try {
      const result = await create({ variables: { input } });
      return result.data?.createReferral ?? null;
    } catch (failure) {
      const fieldOf = (apiField: string) => {
        const name = formFieldOf(apiField);
        return knownFields(name) ? (name as Path<T>) : null;
      };
      setUnplaced(setApiFieldErrors(failure, setError, fieldOf).unplaced);
      return null;
    }
  };
  // A refusal with field messages is shown at the fields; other errors as an alert.
  const shownError = error && (apiErrorInfo(error)?.fields.length ?? 0) === 0 ? error : undefined;
  return { submit, loading, error: shownError, unplaced, reset };
}
