import { Alert, List } from '@mantine/core';
import { useEffect, useRef } from 'react';

/**
 * RGAA 11.10: the errors listed at the top of the form, each a link to its field, focused when
 * it appears so that screen readers announce it. `labels`: field → its label.
 */
export function ErrorSummary({
  errors,
  labels,
  message,
}: {
  errors: Record<string, string>;
  labels: Record<string, string>;
  message?: string | null;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const key = entries.map(([f, m]) => f + m).join('|') + (message ?? '');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (!entries.length && !message) return null;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      variant="light"
      role="alert"
      title={
        entries.length
          ? `Le formulaire contient ${entries.length} erreur${entries.length > 1 ? 's' : ''}`
          : 'Impossible d’enregistrer'
      }
      mb="md"
    >
      {message && !entries.length && <p style={{ margin: 0 }}>{message}</p>}
      {entries.length > 0 && (
        <List size="sm">
          {entries.map(([field, msg]) => (
            <List.Item key={field}>
              <a href={`#${fieldId(field)}`}>
                {labels[field] ?? field} : {msg}
              </a>
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/** The input's id for a field name ("entreprise.siret" → "champ-entreprise-siret"). */
export const fieldId = (field: string) => `champ-${field.replace(/[^\w-]/g, '-')}`;
