// Keyboard commands (the manifest's "commands").
import browser from 'webextension-polyfill';

/** Call `listener` with the command's name and the tab it was given in, if any. */
export function onCommand(listener: (command: string, tabId: number | undefined) => void): void {
  browser.commands.onCommand.addListener((command, tab) => listener(command, tab?.id));
}
