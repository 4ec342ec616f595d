import { describe, expect, it } from 'vitest';
import { indexKeys, variants } from './adminWords';
import { fold } from '../normalize';

const keys = (s: string) => variants(fold(s)).map((v) => v.key);

describe('variants', () => {
  it.each([
    ['province de Bac Ninh', 'bac ninh'],
    ['tỉnh Quảng Ninh', 'quang ninh'],
    ['thành phố Hà Nội', 'ha noi'],
    ['TP.HCM', 'hcm'],
    ['préfecture de Hokkaido', 'hokkaido'],
    ["préfecture d'Ōita", 'oita'],
    ['région du Kazakhstan oriental', 'kazakhstan oriental'],
    ['région autonome Zhuang du Guangxi', 'guangxi'],
    ['région autonome du Tibet', 'tibet'],
    ['région autonome de Zhuang du Guangxi', 'guangxi'],
    ['région autonome ouïghoure du Xinjiang', 'xinjiang'],
    ['Khu tự trị dân tộc Choang Quảng Tây', 'quang tay'],
    ['Guangxi Zhuang Autonomous Region', 'guangxi zhuang'],
    ['East Kazakhstan oblast', 'east kazakhstan'],
    ['Hokkaido Prefecture', 'hokkaido'],
    ['Ho Chi Minh City', 'ho chi minh'],
    ['Hô Chi Minh-Ville', 'ho chi minh'],
    ['city of Busan', 'busan'],
    ['Honghe Hani and Yi Autonomous Prefecture', 'honghe hani and yi'],
    ['Wenshan autonomous prefecture', 'wenshan'],
    // Russia's krais and autonomous okrugs, as written and as Natural Earth transliterates them.
    ['Primorskiy krai', 'primorskiy'],
    ['Primorskiy Kray', 'primorskiy'],
    ['Nenetskiy Avtonomnyy Okrug', 'nenetskiy'],
    ['Nenets Autonomous Okrug', 'nenets'],
  ])('reads "%s" as "%s"', (name, core) => {
    expect(keys(name)).toContain(core);
  });

  it('strips "krai" only after a Russian adjectival ending, and never leaves an administrative word alone', () => {
    // Thailand's "Bang Krai" is no "Bang" ("bang" is the Vietnamese word for a state).
    expect(keys('Bang Krai')).not.toContain('bang');
    expect(variants(fold('Slovak Republic'), { query: true }).map((v) => v.key)).not.toContain('republic');
    expect(variants(fold('Indian city'), { query: true }).map((v) => v.key)).not.toContain('city');
    expect(variants(fold('the Polish Republic'), { query: true }).map((v) => v.key)).not.toContain(
      'republic',
    );
  });

  it('lists the unstripped name first', () => {
    expect(keys('province de Bac Ninh')[0]).toBe('province de bac ninh');
  });

  it('leaves a plain name alone', () => {
    expect(variants('quang ninh')).toEqual([{ key: 'quang ninh', hint: null }]);
  });

  it('records the level the administrative word points to', () => {
    expect(variants('ville de quebec').find((v) => v.key === 'quebec')?.hint).toContain('city');
    expect(variants('province de quebec').find((v) => v.key === 'quebec')?.hint).not.toContain('city');
  });

  it('reads "thị trấn" and "township" as a town, never a province', () => {
    expect(variants(fold('Thị trấn Si Ma Cai')).find((v) => v.key === 'si ma cai')?.hint).toEqual(['city']);
    expect(variants(fold('Si Ma Cai township')).find((v) => v.key === 'si ma cai')?.hint).toEqual(['city']);
  });

  it('does not strip a word that is only part of a name', () => {
    expect(keys('Provincetown')).toEqual(['provincetown']);
    expect(keys('Villeurbanne')).toEqual(['villeurbanne']);
  });

  it('drops a French article before an administrative word in a query, and keeps it before a name', () => {
    const q = (s: string) => variants(fold(s), { query: true }).map((v) => v.key);
    expect(q('la région Rhône-Alpes')).toContain('rhone alpes');
    expect(q("la ville d'Ekaterinbourg")).toContain('ekaterinbourg');
    expect(q('le département du Nord')).toContain('nord');
    expect(q('La Rochelle')).toEqual(['la rochelle']);
    expect(q('Le Havre')).toEqual(['le havre']);
  });

  it('never indexes a name cut down to a common word, and keeps a name that is the word itself', () => {
    // Natural Earth's Vietnamese name for Israel's Central District: "miền Trung" must not find it.
    expect(indexKeys(fold('Quận Trung'))).toEqual(['quan trung']);
    expect(indexKeys(fold('Tỉnh Bắc'))).toEqual(['tinh bac']);
    expect(indexKeys(fold('Tỉnh Trung Ương'))).toEqual(['tinh trung uong']);
    // (Nor a core that opens with a particle: "ville de Moscou" must find the city, not the oblast.)
    expect(indexKeys(fold('Oblast de Moscou'))).toEqual(['oblast de moscou', 'moscou']);
    expect(indexKeys(fold('Châu Thành'))).toEqual(['chau thanh']);
    expect(indexKeys(fold('Nord'))).toEqual(['nord']);
    expect(indexKeys(fold('tỉnh Huế'))).toContain('hue');
  });
});
