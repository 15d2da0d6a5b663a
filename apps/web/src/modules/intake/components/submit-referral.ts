import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { apiErrorInfo } from '../../../apollo/errors';
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
  const [unplaced, setUnplaced] = useState<Array<{ field: string; message: string }>>([]);

  const submit = async (input: CreateReferralInput): Promise<SubmittedReferral | null> => {
    setUnplaced([]);
    try {
      const result = await create({ variables: { input } });
      return result.data?.createReferral ?? null;
    } catch (failure) {
      const fields = apiErrorInfo(failure)?.fields ?? [];
      const rest: Array<{ field: string; message: string }> = [];
      for (const field of fields) {
        const name = formFieldOf(field.field);
        if (knownFields(name)) setError(name as Path<T>, { type: 'server', message: field.message });
        else rest.push(field);
      }
      setUnplaced(rest);
      return null;
    }
  };
  // A refusal with field messages is shown at the fields; other errors as an alert.
  const shownError = error && (apiErrorInfo(error)?.fields.length ?? 0) === 0 ? error : undefined;
  return { submit, loading, error: shownError, unplaced, reset };
}
