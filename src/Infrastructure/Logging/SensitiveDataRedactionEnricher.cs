using Serilog.Core;
using Serilog.Events;

namespace PageShare.Infrastructure.Logging;

/// <summary>
/// Masks properties whose name or value looks like a credential or a client IP, before any sink
/// sees the event. A net, not the policy: code must not log such values in the first place.
/// Literal text in a message template and exception messages are not rewritten here (the Sentry
/// sink masks tokens in those on its own).
/// </summary>
public sealed class SensitiveDataRedactionEnricher : ILogEventEnricher
{
    private static readonly ScalarValue _masked = new(SensitiveData.Mask);

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);

        List<LogEventProperty>? replacements = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            var redacted = SensitiveData.IsSensitiveName(name) ? _masked : Redact(value);
            if (!ReferenceEquals(redacted, value))
            {
                (replacements ??= []).Add(new LogEventProperty(name, redacted));
            }
        }

        if (replacements is null)
        {
            return;
        }

        foreach (var property in replacements)
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }

    /// <summary>Returns the same instance when nothing needed masking, so clean events cost no allocation.</summary>
    internal static LogEventPropertyValue Redact(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when SensitiveData.ContainsToken(text) => new ScalarValue(SensitiveData.MaskTokens(text)),
        StructureValue structure => RedactStructure(structure),
        SequenceValue sequence => RedactSequence(sequence),
        DictionaryValue dictionary => RedactDictionary(dictionary),
        _ => value,
    };

    private static LogEventPropertyValue RedactStructure(StructureValue structure)
    {
        var changed = false;
        var properties = new List<LogEventProperty>(structure.Properties.Count);
        foreach (var property in structure.Properties)
        {
            var redacted = SensitiveData.IsSensitiveName(property.Name) ? _masked : Redact(property.Value);
            changed |= !ReferenceEquals(redacted, property.Value);
            properties.Add(ReferenceEquals(redacted, property.Value) ? property : new LogEventProperty(property.Name, redacted));
        }

        return changed ? new StructureValue(properties, structure.TypeTag) : structure;
    }

    private static LogEventPropertyValue RedactSequence(SequenceValue sequence)
    {
        var elements = sequence.Elements.Select(Redact).ToList();
        return elements.Where((element, i) => !ReferenceEquals(element, sequence.Elements[i])).Any()
            ? new SequenceValue(elements)
            : sequence;
    }

    private static LogEventPropertyValue RedactDictionary(DictionaryValue dictionary)
    {
        var changed = false;
        var entries = new List<KeyValuePair<ScalarValue, LogEventPropertyValue>>(dictionary.Elements.Count);
        foreach (var (key, value) in dictionary.Elements)
        {
            var redacted = key.Value is string name && SensitiveData.IsSensitiveName(name) ? _masked : Redact(value);
            changed |= !ReferenceEquals(redacted, value);
            entries.Add(new KeyValuePair<ScalarValue, LogEventPropertyValue>(key, redacted));
        }

        return changed ? new DictionaryValue(entries) : dictionary;
    }
}
