using ContentCheck.Documents;
using Xunit;

namespace ContentCheck.Engine.Tests.Documents;

public class DocumentSlotTests
{
    private static ArticleDocument NewDocument() =>
        DocumentLoader.Parse("---\ntitle: T\n---\n\nBody.\n", "articles/2008/03/18/x.md", "articles/2008/03/18/x.md");

    [Fact]
    public void A_value_is_made_once_per_document_and_kept_by_each_document()
    {
        var slot = new DocumentSlot<string>();
        var (first, second) = (NewDocument(), NewDocument());
        var made = 0;

        var a = slot.GetOrAdd(first, d => $"made {++made}");
        var again = slot.GetOrAdd(first, d => $"made {++made}");
        var b = slot.GetOrAdd(second, d => $"made {++made}");

        Assert.Equal("made 1", a);
        Assert.Same(a, again);
        Assert.Equal("made 2", b);
        Assert.Equal(2, made);
    }

    [Fact]
    public void Set_replaces_the_value_and_slots_do_not_share_values()
    {
        var (one, other) = (new DocumentSlot<string>(), new DocumentSlot<string>());
        var document = NewDocument();

        Assert.Null(one.Get(document));
        one.Set(document, "first");
        one.Set(document, "second");
        other.Set(document, "other");

        Assert.Equal("second", one.Get(document));
        Assert.Equal("other", other.Get(document));
        one.Set(document, null);
        Assert.Null(one.Get(document));
    }

    [Fact]
    public void More_slots_than_fit_inline_each_keep_their_own_value()
    {
        // The first slots live in a small array, further ones in a dictionary: both must behave the same.
        var slots = Enumerable.Range(0, 20).Select(_ => new DocumentSlot<string>()).ToList();
        var document = NewDocument();

        for (var i = 0; i < slots.Count; i++)
        {
            Assert.Equal($"v{i}", slots[i].GetOrAdd(document, _ => $"v{i}"));
        }
        for (var i = 0; i < slots.Count; i++)
        {
            Assert.Equal($"v{i}", slots[i].GetOrAdd(document, _ => "made again"));
            slots[i].Set(document, $"w{i}");
        }
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"w{i}"), slots.Select(s => s.Get(document)));
    }

    [Fact]
    public void Threads_racing_on_one_document_all_get_the_first_stored_value()
    {
        var slots = Enumerable.Range(0, 12).Select(_ => new DocumentSlot<object>()).ToList();
        for (var round = 0; round < 200; round++)
        {
            var document = NewDocument();
            var seen = new object[8, slots.Count];
            Parallel.For(0, 8, thread =>
            {
                for (var s = 0; s < slots.Count; s++)
                {
                    seen[thread, s] = slots[s].GetOrAdd(document, _ => new object());
                }
            });
            for (var s = 0; s < slots.Count; s++)
            {
                for (var thread = 0; thread < 8; thread++)
                {
                    Assert.Same(slots[s].Get(document), seen[thread, s]);
                }
            }
        }
    }
}
