/** Placeholder until the SDK issue: the package builds and exports its version. */
export const SDK_VERSION = '0.1.0';
