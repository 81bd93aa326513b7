import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { AppRoutes } from '../../src/app/App';
import { loadMuscle, loadMuscleDirectory } from '../../src/content/browser-content';
import { useVisitStore } from '../../src/stores/visit-store';
import { useSafetyStore } from '../../src/stores/safety-store';
import { answerEverythingNo } from '../support/safety-data';

/** Renders the map screen and waits until every view's art is drawn (the back and soles load lazily). */
async function renderMapAt(path: string) {
  renderAt(path);
  await screen.findByRole('group', { name: /^body map/i, busy: false });
}

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>,
  );
}

/** Shows the router's current search string, with a Back button, as a person sees the address bar. */
function AddressBar() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <output aria-label="address">{location.search}</output>
      <button type="button" onClick={() => { void navigate(-1); }}>Browser back</button>
    </>
  );
}

const results = () => screen.getByRole('region', { name: /muscles that may cause this pain/i });
const selected = () => screen.getByRole('region', { name: /where it hurts/i });

describe('the body map screen', () => {
  it('lists plantaris after a click on the back of the right knee', async () => {
    const user = userEvent.setup();
    await renderMapAt('/');
    expect(within(results()).queryByRole('link', { name: /^Plantaris\b/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'back of knee, right', pressed: false }));
    expect(screen.getByRole('button', { name: 'back of knee, right', pressed: true })).toBeInTheDocument();
    expect(await within(results()).findByRole('link', { name: /^Plantaris\b/ })).toBeInTheDocument();
    expect(within(selected()).getByText('back of knee, right')).toBeInTheDocument();
  });

  it('updates the lists when a place is removed', async () => {
    const user = userEvent.setup();
    await renderMapAt('/?r=knee-back-right,heel-right');
    // In the ranked list (a "Together" line may name it too).
    const ranked = () => within(results()).getByRole('list');
    expect(await within(await within(results()).findByRole('list')).findByRole('link', { name: /^Soleus\b/ })).toBeInTheDocument();
    await user.click(within(selected()).getByRole('button', { name: 'Remove heel, right' }));
    expect(within(selected()).queryByText('heel, right')).toBeNull();
    expect(within(ranked()).queryByRole('link', { name: /^Soleus\b/ })).toBeNull();
    for (const button of screen.getAllByRole('button', { name: 'heel, right' })) expect(button).toHaveAttribute('aria-pressed', 'false');
  });

  it('clears everything with "Clear all"', async () => {
    const user = userEvent.setup();
    await renderMapAt('/?r=knee-back-right,calf-upper-right');
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(screen.queryAllByRole('button', { pressed: true }).filter((b) => b.hasAttribute('data-region'))).toEqual([]);
  });

  it('offers Undo after "Clear all", which brings back the places and the answers', async () => {
    const user = userEvent.setup();
    useSafetyStore.getState().answer('dvt/clot-risk', 'yes');
    await renderMapAt('/?r=knee-back-right,calf-upper-right');
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(within(selected()).queryAllByRole('listitem')).toHaveLength(0);
    expect(useSafetyStore.getState().answers['dvt/clot-risk']).toBeUndefined();
    expect(screen.getByText(/cleared 2 places and your safety answers/i)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(within(selected()).getAllByRole('listitem')).toHaveLength(2);
    expect(useSafetyStore.getState().answers['dvt/clot-risk']).toBe('yes');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('toggles a region with the keyboard (Enter and Space)', async () => {
    const user = userEvent.setup();
    await renderMapAt('/');
    const knee = screen.getByRole('button', { name: 'back of knee, right' });
    knee.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'back of knee, right', pressed: true })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'back of knee, right', pressed: false })).toBeInTheDocument();
  });

  it('keeps one Tab stop for the whole map', async () => {
    await renderMapAt('/');
    const shapes = screen.getAllByRole('button').filter((b) => b.hasAttribute('data-region'));
    expect(shapes.length).toBeGreaterThan(148);
    expect(shapes.filter((s) => s.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('writes each change to the address once painted, and reads the address back on Back', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={['/?r=heel-right']}>
        <AppRoutes />
        <AddressBar />
      </MemoryRouter>,
    );
    await screen.findByRole('group', { name: /^body map/i, busy: false });
    const address = () => screen.getByRole('status', { name: 'address' });
    await user.click(screen.getByRole('button', { name: 'back of knee, right', pressed: false }));
    await waitFor(() => { expect(address()).toHaveTextContent('?r=heel-right,knee-back-right'); });
    await user.click(screen.getByRole('button', { name: 'Browser back' }));
    await waitFor(() => { expect(address()).toHaveTextContent(/^\?r=heel-right$/); });
    expect(screen.getByRole('button', { name: 'back of knee, right', pressed: false })).toBeInTheDocument();
    expect(within(selected()).getAllByRole('listitem')).toHaveLength(1);
  });

  it('names unknown ids from a link and drops them', async () => {
    await renderMapAt('/?r=knee-back-right,not-a-place');
    expect(await screen.findByRole('status')).toHaveTextContent('not-a-place');
    expect(within(selected()).getAllByRole('listitem')).toHaveLength(1);
  });

  it('reads a place after thousands of empty parts, and every r of a link', async () => {
    await renderMapAt(`/?r=${','.repeat(5000)}knee-back-right&r=heel-right`);
    expect(within(selected()).getAllByRole('listitem')).toHaveLength(2);
    expect(within(selected()).getByText('back of knee, right')).toBeInTheDocument();
    expect(within(selected()).getByText('heel, right')).toBeInTheDocument();
    expect(screen.queryByText(/does not know|not read/)).toBeNull();
  });
});

describe('the muscle pages', () => {
  it('shows every section of a muscle, with the self-care steps in order, once the safety check is answered', async () => {
    answerEverythingNo();
    // The page loads its muscle lazily; let that load finish inside act().
    await act(async () => {
      renderAt('/muscles/soleus?side=right');
      await loadMuscle('soleus');
    });
    expect(await screen.findByRole('heading', { level: 1, name: /soleus/i })).toBeInTheDocument();
    for (const name of [/what to do now/i, /cautions/i, /where it sends pain/i, /where it is/i, /what it does/i, /symptoms/i, /what sets it off/i, /how to avoid it/i, /self-care steps/i, /when to see a clinician/i, /muscles with similar pain/i, /sources and notes/i]) {
      expect(screen.getByRole('heading', { name })).toBeInTheDocument();
    }
    const steps = within(screen.getByRole('region', { name: /self-care steps/i })).getAllByRole('listitem');
    expect(steps.length).toBeGreaterThan(0);
    expect(screen.getAllByText(/self-care information, not a diagnosis/i).length).toBeGreaterThan(0);
  });

  it('lists similar muscles both ways: also those that name this muscle', async () => {
    // abductor-digiti-minimi-foot names quadratus-plantae; quadratus-plantae does not name it back.
    await act(async () => {
      renderAt('/muscles/quadratus-plantae');
      await loadMuscle('quadratus-plantae');
    });
    const similar = await screen.findByRole('region', { name: /muscles with similar pain/i });
    expect(within(similar).getByRole('link', { name: /abductor digiti minimi/i })).toBeInTheDocument();
  });

  it('holds the self-care steps and asks the safety questions for the marked places first', async () => {
    await act(async () => {
      renderAt('/muscles/popliteus?side=right&r=knee-back-right');
      await loadMuscle('popliteus');
    });
    const now = await screen.findByRole('region', { name: /what to do now/i });
    expect(within(now).getByText(/self-care steps are held until the safety check is done/i)).toBeInTheDocument();
    expect(await within(now).findByRole('group', { name: /do any of these apply/i })).toBeInTheDocument();
    expect(within(now).queryByRole('heading', { name: /^step 1/i })).toBeNull();
    expect(within(screen.getByRole('region', { name: /self-care steps/i })).queryAllByRole('heading', { level: 3 })).toEqual([]);
    expect(within(now).getByRole('link', { name: /all the safety questions/i })).toHaveAttribute('href', '/?r=knee-back-right#triage');
  });

  it('says the same number of open safety questions on the home page and the muscle page', async () => {
    useVisitStore.setState({ firstCheck: 'none', adult: true });
    const home = renderAt('/?r=knee-back-right,calf-upper-right');
    const count = (await screen.findByText(/\d+ to answer/)).textContent;
    home.unmount();
    await act(async () => {
      renderAt('/muscles/plantaris?side=right&r=knee-back-right,calf-upper-right');
      await loadMuscle('plantaris');
    });
    const selfCare = await screen.findByRole('region', { name: /what to do now/i });
    expect(within(selfCare).getByText(new RegExp(`${String(Number.parseInt(count, 10))} safety questions? about the places you marked`))).toBeInTheDocument();
  });

  it('shows a not-found page with a way back for an unknown muscle', () => {
    renderAt('/muscles/not-a-muscle');
    expect(screen.getByRole('heading', { name: /no such muscle/i })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /go to the body map/i })).toHaveAttribute('href', '/');
  });

  it('filters the muscle index by name or other name as you type', async () => {
    const user = userEvent.setup();
    // The index page and its directory load lazily; let them finish inside act().
    await act(async () => {
      renderAt('/muscles');
      await import('../../src/app/MusclesRoute');
      await loadMuscleDirectory();
    });
    await screen.findByRole('searchbox', { name: /find a muscle/i });
    const all = screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('/muscles/'));
    expect(all.length).toBeGreaterThanOrEqual(112);
    await user.type(screen.getByRole('searchbox', { name: /find a muscle/i }), 'soleus');
    expect(screen.getByRole('link', { name: /^Soleus\b/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Plantaris\b/ })).toBeNull();
    // A muscle opened from the list leads back to it, search and all.
    await user.click(screen.getByRole('link', { name: /^Soleus\b/ }));
    const back = await screen.findByRole('link', { name: /back to the muscle list/i }, { timeout: 5000 });
    expect(back).toHaveAttribute('href', '/muscles?q=soleus');
  });
});
