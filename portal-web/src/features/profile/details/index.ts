// The customer record's field groups and their values, shared by the onboarding's steps and
// the profile page's sections.
export { BodyFields } from './BodyFields';
export { ContactFields } from './ContactFields';
export { EmergencyFields } from './EmergencyFields';
export { SizingNote } from './SizingNote';
export { SkillsFields } from './SkillsFields';
export { CUSTOMER_FIELDS, refusedFields, type CustomerField } from './fieldErrors';
export { useFieldSubmit } from './useFieldSubmit';
export * from './values';
