import { describe, expect, it } from 'vitest';
import { LabSession } from '@/app/ui/lab/model/lab-session';
import { PRESETS } from '@/app/ui/lab/model/presets';
import { decodeLabConfig, decodeSearchParams, encodeLabConfig } from '@/app/ui/lab/model/url-state';

describe('presets', () => {
  it.each(Object.keys(PRESETS))('%s decodes without notices, round-trips and builds a network', (name) => {
    const c = decodeSearchParams(new URLSearchParams({ preset: name }));
    expect(c.notices).toEqual([]);
    expect(c.preset).toBe(name);
    const back = decodeSearchParams(new URLSearchParams(encodeLabConfig(c)));
    expect(back.settings).toEqual(c.settings);
    expect(back.hidden).toEqual(c.hidden);
    const session = new LabSession(c.settings);
    expect(session.net.sizes).toEqual([c.settings.features.length, ...c.settings.hidden, 1]);
  });

  it('xor-2-capas with ocultar from MDX props', () => {
    const props: Record<string, string> = { preset: 'xor-2-capas', ocultar: 'regularizacion datos' };
    const c = decodeLabConfig((k) => props[k] ?? null);
    expect(c.settings.dataset).toBe('xor');
    expect(c.settings.hidden).toEqual([4, 2]);
    expect(c.hidden).toEqual(['regularizacion', 'datos']);
  });

  it('URL parameters override the preset', () => {
    const c = decodeSearchParams(new URLSearchParams('preset=xor-2-capas&capas=3'));
    expect(c.settings.hidden).toEqual([3]);
    expect(c.settings.dataset).toBe('xor');
  });
});
