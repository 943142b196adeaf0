using ContentCheck.Rules.Corpus;

namespace ContentCheck.Engine.Tests.Rules.Corpus;

public class MinHashTests
{
    [Fact]
    public void The_vectorized_update_gives_the_same_signature_as_the_scalar_one()
    {
        // CC5003/CC5004 results must not depend on the machine's instruction set.
        var random = new Random(7);
        foreach (var count in new[] { 0, 1, 3, 4, 5, 17, 128, 131 })
        {
            var shingles = new ulong[count];
            for (var i = 0; i < count; i++)
            {
                shingles[i] = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63);
            }
            var vectorized = new uint[MinHash.HashCount];
            var scalar = new uint[MinHash.HashCount];
            Array.Fill(vectorized, uint.MaxValue);
            Array.Fill(scalar, uint.MaxValue);
            MinHash.Update(vectorized, shingles);
            MinHash.UpdateScalar(scalar, shingles);
            Assert.Equal(scalar, vectorized);
        }
    }
}
