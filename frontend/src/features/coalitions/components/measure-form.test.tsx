import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { impact } from '@/testing/fixtures';
import { fakeAuth } from '@/testing/fake-auth';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderComponent } from '@/testing/render';
import { MeasureForm, RecordedMeasures } from '@/features/coalitions/components/measure-form';

const api = setupApiServer();
const slug = 'formations-superieures-numeriques-ethiques';
const options = { auth: fakeAuth(['coordinator']), language: 'en' as const };

async function openCorrection() {
  const rendered = renderComponent(<RecordedMeasures slug={slug} impact={impact} />, '/', options);
  await rendered.user.click(
    await screen.findByRole('button', { name: 'Correct the measure of 2021-06-30' }),
  );
  const form = screen
    .getByRole('heading', { name: 'Correct the measure of 2021-06-30' })
    .closest('form');
  if (!form) throw new Error('no correction form');
  return { ...rendered, form: within(form) };
}

describe('impact measures', () => {
  it('corrects a measure: PUT …/measures/{measureId} with the whole measure', async () => {
    let sent: unknown;
    let path = '';
    api.use(
      http.put(
        '/api/v1/coalitions/{slug}/impacts/{impactId}/measures/{measureId}',
        async ({ request, params, response }) => {
          sent = await request.json();
          path = `${params.slug}/${params.impactId}/${params.measureId}`;
          return response(200).json({ id: 1, measuredOn: '2021-06-30', value: 19 });
        },
      ),
    );
    const { user, form } = await openCorrection();
    const value = form.getByRole('textbox', { name: /^Value/ });
    expect(value).toHaveValue('18');
    await user.clear(value);
    await user.type(value, '19,5');
    await user.click(form.getByRole('button', { name: 'Save the correction' }));
    await waitFor(() => {
      expect(sent).toEqual({ measuredOn: '2021-06-30', value: 19.5, evidence: 'Mesure d’exemple' });
    });
    expect(path).toBe(`${slug}/1/1`);
  });

  it('places the server’s field errors of a 400 on the fields', async () => {
    api.use(
      http.put('/api/v1/coalitions/{slug}/impacts/{impactId}/measures/{measureId}', () =>
        problemResponse(400, {
          errors: [{ field: 'evidenceUrl', message: 'must be an http(s) URL' }],
        }),
      ),
    );
    const { user, form } = await openCorrection();
    await user.click(form.getByRole('button', { name: 'Save the correction' }));
    await waitFor(() => {
      expect(form.getByLabelText(/^Link to the source/)).toHaveAccessibleDescription(
        'must be an http(s) URL',
      );
    });
    expect(form.getByRole('alert')).toHaveTextContent('evidenceUrl');
  });

  it('shows a 403 with the problem component', async () => {
    api.use(
      http.put('/api/v1/coalitions/{slug}/impacts/{impactId}/measures/{measureId}', () =>
        problemResponse(403, { title: 'Forbidden', detail: 'Not a coordinator of this coalition' }),
      ),
    );
    const { user, form } = await openCorrection();
    await user.click(form.getByRole('button', { name: 'Save the correction' }));
    expect(await form.findByRole('alert')).toHaveTextContent(
      'Your account may not make this change.Forbidden — Not a coordinator of this coalition',
    );
  });

  it('deletes a measure: DELETE …/measures/{measureId}', async () => {
    let deleted = '';
    api.use(
      http.delete(
        '/api/v1/coalitions/{slug}/impacts/{impactId}/measures/{measureId}',
        ({ params }) => {
          deleted = params.measureId;
          return new HttpResponse(null, { status: 204 });
        },
      ),
    );
    const { user } = renderComponent(
      <RecordedMeasures slug={slug} impact={impact} />,
      '/',
      options,
    );
    await user.click(
      await screen.findByRole('button', { name: 'Delete the measure of 2022-06-30' }),
    );
    await waitFor(() => {
      expect(deleted).toBe('2');
    });
  });

  it('records a new measure and refuses a missing date before sending', async () => {
    const sent: unknown[] = [];
    api.use(
      http.post(
        '/api/v1/coalitions/{slug}/impacts/{impactId}/measures',
        async ({ request, response }) => {
          sent.push(await request.json());
          return response(201).json({ id: 9, measuredOn: '2023-01-01', value: 40 });
        },
      ),
    );
    const { user } = renderComponent(<MeasureForm slug={slug} impact={impact} />, '/', options);
    await user.type(await screen.findByRole('textbox', { name: /^Value/ }), '40');
    await user.click(screen.getByRole('button', { name: 'Record the measure' }));
    await waitFor(() => {
      expect(screen.getByLabelText(/^Date/)).toHaveAccessibleDescription('This field is required.');
    });
    expect(sent).toEqual([]);
    await user.type(screen.getByLabelText(/^Date/), '2023-01-01');
    await user.click(screen.getByRole('button', { name: 'Record the measure' }));
    await waitFor(() => {
      expect(sent).toEqual([{ measuredOn: '2023-01-01', value: 40 }]);
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Changes saved.');
  });
});
