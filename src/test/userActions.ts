// What a user does to a form in integration tests: replace a field's text, pick an option.
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Clears the labelled field and pastes `text` (long text goes in at once, as from a clipboard). */
export async function fill(user: UserEvent, label: string, text: string): Promise<void> {
  const field = await screen.findByLabelText(label);
  await user.clear(field);
  if (text === '') return;
  await user.click(field);
  await user.paste(text);
}

/** Opens the labelled select and picks the option with this text. */
export async function choose(user: UserEvent, label: string, option: string): Promise<void> {
  await user.click(screen.getByLabelText(label));
  const options = await screen.findAllByTitle(option);
  const inList =
    options.find((element) => element.classList.contains('ant-select-item-option')) ?? options[0];
  if (!inList) throw new Error(`no option ${option}`);
  await user.click(inList);
}
