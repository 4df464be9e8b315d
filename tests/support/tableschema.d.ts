// The few parts of `tableschema` (frictionless, no bundled types) the export tests use.
declare module 'tableschema' {
  interface ErreurLigne extends Error {
    errors?: Error[];
  }
  interface Table {
    read(options: { forceCast: true; keyed?: boolean }): Promise<(Record<string, unknown> | ErreurLigne)[]>;
  }
  const tableschema: {
    Table: {
      load(source: string | unknown[][], options: { schema: object; headers?: number }): Promise<Table>;
    };
  };
  export default tableschema;
}
