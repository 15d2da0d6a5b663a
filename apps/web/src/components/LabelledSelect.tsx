import { Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';

export interface SelectOption {
  value: string;
  label: string;
  /** Language of the label, when it differs from the page's. */
  lang?: string;
}

/** A small select with its label beside it (language, role, filters). */
export function LabelledSelect({
  label,
  value,
  options,
  onChange,
  disabled,
  className = 'app-field-inline',
}: {
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  disabled?: boolean;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={className}>
      <Label htmlFor={id} data-size="sm">
        {label}
      </Label>
      <Select id={id} data-size="sm" width="auto" value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
    </div>
  );
}
