import 'react';

declare module 'react' {
  /** The Element Timing API's attribute (Chromium): the browser records when it was painted. */
  // The same type parameter as React's declaration (merged declarations must match).
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
