/** A titled block of a profile tab: the shared record-form card. */
export { FormSection as Section } from '../../../shared/ui/FormSection';
