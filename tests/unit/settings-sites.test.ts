// Switching a site off and back on: the popup and the options page share setSiteDisabled, which
// must undo whatever isSiteDisabled reads as covering the host (a host also covers its
// subdomains), or switching news.bbc.co.uk back on while bbc.co.uk is listed does nothing.
import { describe, expect, it } from 'vitest';
import { isSiteDisabled, setSiteDisabled } from '../../src/shared/settings';

describe('setSiteDisabled', () => {
  it('switching a subdomain back on removes the parent entry that covered it', () => {
    const settings = { disabledSites: ['bbc.co.uk', 'example.org'] };
    const disabledSites = setSiteDisabled(settings, 'news.bbc.co.uk', false);
    expect(disabledSites).toEqual(['example.org']);
    expect(isSiteDisabled({ disabledSites }, 'news.bbc.co.uk')).toBe(false);
  });

  it('removes the exact host and every parent, but not siblings or subdomains of other sites', () => {
    const settings = { disabledSites: ['co.uk', 'bbc.co.uk', 'news.bbc.co.uk', 'sport.bbc.co.uk', 'notbbc.co.uk.example'] };
    expect(setSiteDisabled(settings, 'www.News.BBC.co.uk', false)).toEqual(['sport.bbc.co.uk', 'notbbc.co.uk.example']);
  });

  it('switching off adds the normalized host once, and not when a parent already covers it', () => {
    expect(setSiteDisabled({ disabledSites: [] }, 'https://www.Example.org/path', true)).toEqual(['example.org']);
    expect(setSiteDisabled({ disabledSites: ['example.org'] }, 'example.org', true)).toEqual(['example.org']);
    expect(setSiteDisabled({ disabledSites: ['bbc.co.uk'] }, 'news.bbc.co.uk', true)).toEqual(['bbc.co.uk']);
  });

  it('does not change the list it was given', () => {
    const settings = { disabledSites: ['bbc.co.uk'] };
    setSiteDisabled(settings, 'bbc.co.uk', false);
    setSiteDisabled(settings, 'example.org', true);
    expect(settings.disabledSites).toEqual(['bbc.co.uk']);
  });
});
