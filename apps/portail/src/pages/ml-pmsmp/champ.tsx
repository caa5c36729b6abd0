import { Textarea, TextInput } from '@mantine/core';
import { fieldId } from '../../ui/error-summary';

export interface ChampProps {
  /** The API's field name ("tuteur.email"): the input's id and the key of its error. */
  name: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  errors: Record<string, string>;
  type?: string;
  required?: boolean;
  long?: boolean;
  description?: string;
  autoComplete?: string;
}

/** One labelled field with its error under it (RGAA 11.1, 11.10). */
export function Champ({ name, label, value, onChange, errors, long, ...rest }: ChampProps) {
  const props = {
    id: fieldId(name),
    label,
    value,
    error: errors[name],
    onChange: (e: { currentTarget: { value: string } }) => onChange(e.currentTarget.value),
    ...rest,
  };
  return long ? <Textarea autosize minRows={2} {...props} /> : <TextInput {...props} />;
}
