import { notifications } from '@mantine/notifications';

/**
 * Saves a checked catalog form: on success says so with the saved name and closes; a refusal
 * is left to the mutation's error state, which the form shows.
 */
export async function saveAndClose(
  save: () => Promise<{ name: string } | null | undefined>,
  message: (name: string) => string,
  onClose: () => void,
): Promise<void> {
  try {
    const saved = await save();
    if (saved) {
      notifications.show({ color: 'teal', message: message(saved.name) });
      onClose();
    }
  } catch {
    // Shown from the mutation's error state.
  }
}
