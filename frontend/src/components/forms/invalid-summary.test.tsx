import { screen, waitFor } from '@testing-library/react';
import { FormProvider } from 'react-hook-form';
import { zTerritoryInput } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { InvalidSummary } from '@/components/forms/invalid-summary';
import { TextInput } from '@/components/forms/fields';
import { ApiError } from '@/lib/api-client';
import { renderComponent } from '@/testing/render';

/** A form of the contract's `TerritoryInput` (name required, code at most 20 characters). */
function Harness({ brief, refuse }: { brief?: boolean; refuse?: boolean }) {
  const form = useApiForm(zTerritoryInput, {
    defaultValues: { name: '', kind: 'COMMUNE', code: '' },
  });
  const onSubmit = form.submitWith(() => {
    if (!refuse) return Promise.resolve();
    return Promise.reject(
      new ApiError(400, {
        status: 400,
        title: 'Invalid request',
        errors: [{ field: 'name', message: 'déjà pris' }],
      }),
    );
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <InvalidSummary brief={brief} />
        <TextInput name="name" label="Nom" />
        <TextInput name="code" label="Code" />
        <button type="submit">Enregistrer</button>
      </form>
    </FormProvider>
  );
}

describe('InvalidSummary', () => {
  it('counts the fields the client’s rules refuse, only after an attempt to save', async () => {
    const { user } = renderComponent(<Harness />);
    await user.type(screen.getByRole('textbox', { name: 'Code' }), 'x'.repeat(21));
    await user.tab();
    // A field left with an error shows it, but no summary before an attempt.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '2 champs sont à corriger avant d’enregistrer.',
    );
    await user.type(screen.getByRole('textbox', { name: 'Nom' }), 'Lille');
    await waitFor(() => {
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Un champ est à corriger avant d’enregistrer.',
      );
    });
  });

  it('says only that some fields are refused when brief, in the reader’s language', async () => {
    const { user } = renderComponent(<Harness brief />, '/', { language: 'en' });
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Some fields need correcting; they are marked below.',
    );
  });

  it('leaves the server’s refusals to the problem component', async () => {
    const { user } = renderComponent(<Harness refuse />);
    await user.type(screen.getByRole('textbox', { name: 'Nom' }), 'Lille');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: 'Nom' })).toHaveAccessibleDescription('déjà pris');
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
