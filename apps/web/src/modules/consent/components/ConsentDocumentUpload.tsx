// The signed form of a written consent: chosen, checked in the browser (type, 10 MB), then sent
// as the raw file. The server's refusal (413, 415, 409) is shown with its own message.
import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { InputField } from '../../../components/form';
import { useI18n } from '../../../i18n';
import { ConsentDocumentStoredFragment } from '../graphql/consent';
import { DOCUMENT_TYPES, documentProblem, MAX_DOCUMENT_MB, UploadError, uploadConsentDocument, type DocumentProblem } from '../upload';

const PROBLEM_KEY = {
  chooseFile: 'web.consentUpload.chooseFile',
  wrongType: 'web.consentUpload.wrongType',
  tooLarge: 'web.consentUpload.tooLarge',
  empty: 'web.consentUpload.empty',
} as const satisfies Record<DocumentProblem, string>;

type State = { kind: 'idle' } | { kind: 'uploading'; fileName: string } | { kind: 'done'; fileName: string } | { kind: 'failed'; message: string };

export function ConsentDocumentUpload({ consentId, scopeLabel, replaces }: { consentId: string; scopeLabel: string; replaces: boolean }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<DocumentProblem | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const uploading = state.kind === 'uploading';

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setState({ kind: 'idle' });
    setProblem(chosen ? documentProblem(chosen) : null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = documentProblem(file);
    setProblem(found);
    if (found || !file) {
      input.current?.focus();
      return;
    }
    setState({ kind: 'uploading', fileName: file.name });
    try {
      const document = await uploadConsentDocument(consentId, file);
      client.writeFragment({
        fragment: ConsentDocumentStoredFragment,
        id: client.cache.identify({ __typename: 'ConsentView', id: consentId }),
        data: { __typename: 'ConsentView', id: consentId, document: { __typename: 'ConsentDocumentView', ...document } },
      });
      setState({ kind: 'done', fileName: document.fileName });
      setFile(null);
      if (input.current) input.current.value = '';
    } catch (failure) {
      const message = failure instanceof UploadError && failure.serverMessage ? failure.serverMessage : t('web.consentUpload.failed');
      setState({ kind: 'failed', message });
    }
  };

  return (
    <form className="app-stack" noValidate onSubmit={(event) => void submit(event)} aria-label={t('web.consentUpload.submitFor', { scope: scopeLabel })}>
      <InputField
        ref={input}
        name={`document-${consentId}`}
        type="file"
        accept={DOCUMENT_TYPES.join(',')}
        label={replaces ? t('web.consentUpload.replaceLabel') : t('web.consentUpload.label')}
        description={t('web.consentUpload.help', { max: MAX_DOCUMENT_MB })}
        error={problem ? t(PROBLEM_KEY[problem], { max: MAX_DOCUMENT_MB }) : undefined}
        disabled={uploading}
        onChange={(event) => choose(event.currentTarget.files?.[0] ?? null)}
      />
      {uploading && (
        <Paragraph data-size="sm" role="status">
          {t('web.consentUpload.uploading', { fileName: state.fileName })}
        </Paragraph>
      )}
      {state.kind === 'done' && (
        <Alert data-color="success" role="status">
          {t('web.consentUpload.done', { fileName: state.fileName })}
        </Alert>
      )}
      {state.kind === 'failed' && (
        <Alert data-color="danger" role="alert">
          {state.message}
        </Alert>
      )}
      <div className="app-actions">
        <Button type="submit" variant="secondary" data-size="sm" loading={uploading} disabled={uploading} aria-label={t('web.consentUpload.submitFor', { scope: scopeLabel })}>
          {t('web.consentUpload.submit')}
        </Button>
      </div>
    </form>
  );
}
