/**
 * Formats of reference codes and the 400 message of each (a municipality code's format is
 * `MUNICIPALITY_CODE_PATTERN` of `@bridge/platform`); whether a well-formed code exists is the
 * service's 422.
 */
export const BRIN_PATTERN = /^\d{2}[A-Z]{2}$/;
export const BRIN_MESSAGE = 'must be a BRIN code of 2 digits and 2 letters';
export const CREBO_PATTERN = /^\d{5}$/;
export const CREBO_MESSAGE = 'must be a crebo code of 5 digits';
export const MUNICIPALITY_MESSAGE = 'must be a CBS municipality code such as GM0363';
