import { SendSlots } from './send-slots';

describe('SendSlots', () => {
  it('lets `size` holders in, and the next waiter in as one releases', async () => {
    const slots = new SendSlots(2);
    const a = await slots.acquire();
    const b = await slots.acquire();
    let third = false;
    const c = slots.acquire().then((release) => {
      third = true;
      return release;
    });
    await new Promise((r) => setImmediate(r));
    expect(third).toBe(false);
    a();
    a(); // a second call changes nothing
    const releaseC = await c;
    expect(third).toBe(true);
    b();
    releaseC();
    // Both slots free again: two holders at once.
    await Promise.all([slots.acquire(), slots.acquire()]);
  });
});
