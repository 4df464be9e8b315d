/** A header link; each feature's module declares its own (see `platform/module`). */
export interface NavLink {
  href: string;
  label: string;
}
