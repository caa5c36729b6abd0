declare module 'mjml' {
  interface MjmlResult {
    html: string;
    errors: { line: number; message: string; tagName: string; formattedMessage: string }[];
  }
  function mjml2html(
    input: string,
    options?: {
      validationLevel?: 'strict' | 'soft' | 'skip';
      minify?: boolean;
      keepComments?: boolean;
    },
  ): Promise<MjmlResult>;
  export = mjml2html;
}
