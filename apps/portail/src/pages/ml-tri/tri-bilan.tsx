import { Alert, List } from '@mantine/core';
import { useEffect, useRef } from 'react';

export interface Bilan {
  message: string;
  erreurs: { nom: string; detail: string }[];
}

export const pluriel = (n: number, mot: string) => `${n} ${mot}${n > 1 ? 's' : ''}`;

/** What the last action did: a polite message, and the lines refused (focused, to read them). */
export function TriBilan({ bilan }: { bilan: Bilan | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (bilan?.erreurs.length) ref.current?.focus();
  }, [bilan]);
  const n = bilan?.erreurs.length ?? 0;
  return (
    <>
      <div aria-live="polite">
        {bilan?.message && (
          <Alert color="green" mb="sm" title="C’est fait">
            {bilan.message}
          </Alert>
        )}
      </div>
      {!!n && (
        <Alert
          ref={ref}
          tabIndex={-1}
          color="red"
          role="alert"
          mb="sm"
          title={`${pluriel(n, 'ligne')} non appliquée${n > 1 ? 's' : ''}`}
        >
          <List size="sm">
            {bilan!.erreurs.map((e, i) => (
              <List.Item key={i}>
                {e.nom} : {e.detail}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
}
