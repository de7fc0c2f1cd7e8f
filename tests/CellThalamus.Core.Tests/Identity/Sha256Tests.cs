using System.Text;
using CellThalamus.Core.Design;
using CellThalamus.Core.Identity;
using CellThalamus.Core.Parameters;

namespace CellThalamus.Core.Tests.Identity;

public class Sha256Tests
{
    // FIPS 180-4 examples (NIST CSRC "SHA256.pdf" and the one-million-'a' long message).
    [TestCase("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [TestCase("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [TestCase("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void Sha256_matches_the_FIPS_180_4_examples(string message, string digest)
    {
        Assert.That(Convert.ToHexStringLower(Sha256.Hash(Encoding.ASCII.GetBytes(message))), Is.EqualTo(digest));
    }

    [Test]
    public void Sha256_of_a_million_a_matches_the_FIPS_long_message_example()
    {
        var sha = new Sha256();
        var chunk = Encoding.ASCII.GetBytes(new string('a', 1000));
        for (var i = 0; i < 1000; i++)
        {
            sha.Append(chunk);
        }

        Assert.That(Convert.ToHexStringLower(sha.Finish()), Is.EqualTo("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    [Test]
    public void Sha256_agrees_with_the_platform_for_every_length_up_to_300_in_uneven_chunks()
    {
        var random = new Random(5);
        for (var length = 0; length <= 300; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);
            var sha = new Sha256();
            for (var at = 0; at < length;)
            {
                var take = Math.Min(length - at, 1 + random.Next(70));
                sha.Append(data.AsSpan(at, take));
                at += take;
            }

            Assert.That(sha.Finish(), Is.EqualTo(System.Security.Cryptography.SHA256.HashData(data)), $"length {length}");
        }
    }

    [Test]
    public void Design_id_streams_exactly_the_canonical_json_of_each_well()
    {
        var p = ParameterProfiles.Load(ParameterProfiles.Default);
        var wells = BuiltInDesigns.Wells("benchmark", p).ToList();
        var text = "{\"design\":{\"wells\":" + CanonicalJson.Serialize(wells.Select(DesignIdentity.Canonical).ToList()) + "},\"model_version\":\"1\",\"parameters\":"
            + CanonicalJson.Serialize(p.Canonical) + ",\"seed\":9}";
        var expected = DesignIdentity.Format(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
        Assert.That(DesignIdentity.Compute(p, 9, wells), Is.EqualTo(expected));
    }
}
