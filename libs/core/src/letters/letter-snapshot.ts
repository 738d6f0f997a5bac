/**
 * Everything an invitation letter shows, frozen when it is issued: later changes to the
 * event, the travel record or the account do not rewrite a letter a consulate already holds.
 * Stored only encrypted (it holds the passport number).
 */
export interface LetterSnapshot {
  version: 1;
  reference: string;
  /** Destination country (ISO 3166-1 alpha-2) whose consulate the letter addresses. */
  country: string;
  issuedAt: string;
  /** The letter's date: the local date of issue in the event's zone. */
  issuedOn: string;
  organization: { name: string };
  event: { title: string; kind: string; startsOn: string; endsOn: string; timezone: string };
  /** The part of the programme held in `country`: local dates and cities in order. */
  programme: { firstDay: string; lastDay: string; cities: string[] };
  participant: {
    fullName: string;
    nameAsInPassport: string;
    nationality: string;
    dateOfBirth: string;
    passportNumber: string;
    passportIssuingCountry: string | null;
    passportExpiresOn: string;
  };
  costsCoveredBy: string;
  signatory: { name: string; title: string };
  /** `PUBLIC_URL/letters/<reference>`, printed and in the QR code. */
  verificationUrl: string;
}
