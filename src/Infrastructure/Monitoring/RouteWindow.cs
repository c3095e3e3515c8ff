namespace PageShare.Infrastructure.Monitoring;

/// <summary>
/// One route's sliding window: a ring of per-minute slots, each a request count, error counts and a latency
/// histogram. A slot is reused when its minute comes round again, so memory stays fixed.
/// </summary>
internal sealed class RouteWindow(int minutes)
{
    private readonly MinuteSlot[] _slots = CreateSlots(minutes);
    private readonly Lock _gate = new();

    public void Record(long minute, int statusCode, double elapsedMs)
    {
        lock (_gate)
        {
            var slot = _slots[(int)(minute % _slots.Length)];
            if (slot.Minute != minute)
            {
                slot.Reset(minute);
            }

            slot.Add(statusCode, elapsedMs);
        }
    }

    /// <summary>Adds the slots of the window ending at <paramref name="currentMinute"/> to <paramref name="into"/>.</summary>
    public void AddTo(WindowTotals into, long currentMinute)
    {
        lock (_gate)
        {
            foreach (var slot in _slots)
            {
                if (slot.Minute > currentMinute - _slots.Length && slot.Minute <= currentMinute)
                {
                    into.Add(slot);
                }
            }
        }
    }

    private static MinuteSlot[] CreateSlots(int minutes)
    {
        var slots = new MinuteSlot[minutes];
        for (var i = 0; i < minutes; i++)
        {
            slots[i] = new MinuteSlot();
        }

        return slots;
    }
}
