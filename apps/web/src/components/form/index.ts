// The web app's form parts: labelled fields for react-hook-form and a shared rule, the API's field
// messages on them, the error summary, the submit row and a confirmation dialog.
export { ActionError } from './ActionError';
export { ConfirmDialog } from './ConfirmDialog';
export { errorList, setApiFieldErrors } from './errors';
export { FieldIdPrefix, useFieldId } from './field-ids';
export { CheckboxField, ChoiceGroup, InputField, SelectField, TextareaField } from './fields';
export { FormActions } from './FormActions';
export { FormErrorSummary } from './FormErrorSummary';
export { maxLengthRule, requiredTextRule } from './rules';
