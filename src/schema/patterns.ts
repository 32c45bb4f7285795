/**
 * Numbers and symbols of official documents (Decree 30/2020/NĐ-CP).
 * State documents put the type after the slash (`62/KH-UBND`, `45/QĐ-SKHĐT`); Party documents
 * put it before (`34-CT/TW`, `792-CV/TU`). Issuer codes are capitals, digits and Đ, possibly
 * hyphenated (`QĐ-CĐVC`); a few keep lower-case letters after the first (`TTg`, the Prime Minister).
 */
const CODE = '[A-ZĐ][A-ZĐa-z0-9]*(?:-[A-ZĐ0-9][A-ZĐa-z0-9]*)*';

/** Any document number: `62/KH-UBND`, `34-CT/TW`, `1579/KH-SKHĐT`. */
export const DOCUMENT_NUMBER = `^\\d+(?:/[A-ZĐ]+-${CODE}|-[A-ZĐ]+/${CODE})$`;

/** A commendation decision's number: `45/QĐ-SKHĐT`, `1234/QĐ-UBND`, `123/QĐ-TTg`, `12-QĐ/TU`. */
export const DECISION_NUMBER = `^\\d+(?:/QĐ-${CODE}|-QĐ/${CODE})$`;
