/** LIKE metacharacters typed by a person are searched literally. */
export function echapperLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
