/** English letter templates (Actie 3, 4 and 5). */
import type { LetterTexts } from "./texts.ts";

export const lettersEn: LetterTexts = {
  placeholders: {
    date: "[date]",
    participantName: "[participant's name]",
    dwelling: "[address]",
    landlordName: "[landlord]",
    careProviderName: "[care provider]",
    senderName: "[staff member]",
    earlierLetterDate: "[date of earlier letter]",
  },
  contracts: {
    own: "your tenancy agreement",
    intermediary: "the tenancy and support agreement",
    threeParty: "the three-party agreement",
  },
  courtParties: {
    own: "we, as your landlord,",
    intermediary: "the care provider",
    threeParty: "the landlord or the care provider, as agreed in the three-party agreement,",
  },
  behaviourLine: (type, date, afterTen) => `- ${type} on ${date}${afterTen ? ", after 10 pm" : ""}`,
  noBehaviour: "- [description of the nuisance]",
  priorComplaints: (count) =>
    count === 1
      ? "We had already received one justified complaint about nuisance from your home."
      : `We had already received ${count} justified complaints about nuisance from your home.`,
  registered: "REGISTERED MAIL",
  to: "To",
  reference: (caseNumber, reference) => `Reference: case ${caseNumber} (${reference})`,
  regarding: "Subject",
  subjects: {
    actie3: "Warning: nuisance from your home",
    actie4: "Second official warning: nuisance from your home",
    actie5: "Formal notice: stop the nuisance from your home",
  },
  salutation: (name) => `Dear ${name},`,
  paragraphs: {
    actie3: (c) => [
      `We have received complaints about nuisance from your home at ${c.dwelling}. They concern:`,
      c.behaviour.join("\n"),
      "We urgently ask you to stop the nuisance. Everyone has the right to enjoy their home, your neighbours too.",
      `What happens if the nuisance continues? It may then have consequences for ${c.contract}. ` +
        "We will send you a second official warning. If the nuisance still does not stop, a formal notice by " +
        "registered mail follows, and in the end the court may be asked to dissolve the agreement and evict. " +
        "We want to prevent that together with you.",
    ],
    actie4: (c) => [
      `On ${c.earlierLetters.actie3} we sent you a warning letter about nuisance from your home at ${c.dwelling}. ` +
        "Despite the help offered to you, we have received new complaints since. They concern:",
      c.behaviour.join("\n"),
      "With this letter we give you a second official warning. We once more urge you to stop the nuisance.",
      `If the nuisance does not stop, we will send you a formal notice by registered mail. After that ${c.courtParty} ` +
        `may ask the court to dissolve ${c.contract} and to evict.`,
    ],
    actie5: (c) => [
      `We sent you a warning letter (${c.earlierLetters.actie3}) and a second official warning ` +
        `(${c.earlierLetters.actie4}) about nuisance from your home at ${c.dwelling}. The nuisance has not stopped. ` +
        "It concerns, among other things:",
      c.behaviour.join("\n"),
      "We hereby formally demand that you stop the nuisance immediately and for good.",
      `If the nuisance continues, ${c.courtParty} will ask the court to dissolve ${c.contract} and to evict. ` +
        "That is a last resort, which we want to prevent together with you.",
      "This letter was sent by registered mail. We ask you to sign it 'voor gezien' (seen). By signing you " +
        "confirm that you received and read it; it does not mean that you agree with it.",
    ],
  },
  help: (c) => [
    `You are not on your own. Your support worker at ${c.careProviderName} will discuss this letter with you, so ` +
      "that it is clear what is asked of you and what help is available. Together you agree how you can stop " +
      "the nuisance, with support.",
    "Any questions about this letter? Please contact your support worker or us.",
  ],
  copies: (c) =>
    `A copy of this letter is kept in your file at ${c.landlordName} and in your care record at ` +
    `${c.careProviderName}.`,
  closing: "Kind regards,",
  signedForSeen: (c) => [
    "Signed 'voor gezien' (seen) by the tenant:",
    `Name: ${c.participantName}`,
    "Date: ______________________",
    "Signature: ______________________",
  ],
};
