/** Ids of the nuisance dossier's own forms (the payloads are the case's: `{"c": caseId}`). */

/** Het overlastdossier: correspondence with third parties, recorded with a case. */
export const CORRESPONDENCE_FORM_ID = "nabuur.form.case.correspondence";
