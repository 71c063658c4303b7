/** The SDK's version. */
export const SDK_VERSION = '0.2.0';
