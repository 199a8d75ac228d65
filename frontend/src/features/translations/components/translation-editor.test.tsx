import { screen } from '@testing-library/react';
import { TranslationEditor } from '@/features/translations/components/translation-editor';
import { renderComponent } from '@/testing/render';

describe('TranslationEditor', () => {
  it('names a coalition’s canvas parts by their kind and original title', () => {
    renderComponent(
      <TranslationEditor
        kind="coalition"
        slug="c3"
        into="en"
        translations={{
          original: 'fr',
          originals: {
            title: 'Pour des formations',
            'problem.12.title': 'La dimension sociétale manque',
            'problem.12.description': 'Les équipes manquent de temps.',
            'impact.4.indicator': 'Part des formations',
          },
          translations: [],
        }}
      />,
      '/',
      { language: 'en' },
    );
    expect(screen.getByRole('group', { name: 'Title' })).toBeInTheDocument();
    expect(
      screen.getByRole('group', {
        name: 'Problem « La dimension sociétale manque » — Description',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('group', { name: /^Desired impact « » — Indicator$/ }),
    ).toBeInTheDocument();
    // The originals are marked with their language for the English page.
    expect(screen.getByText('Les équipes manquent de temps.')).toHaveAttribute('lang', 'fr');
  });
});
