/**
 * Training text for the tokenizers the project builds, written by the project itself (no dataset
 * text, so nothing with a licence of its own ends up in a vocabulary). It mixes the kinds of text
 * the bundled specs send to a model — story openings, questions and answers, agree/disagree and
 * yes/no answers, personal details for the privacy probes, numbers and punctuation — so the learned
 * merges cover the words the specs' prompts and choices are made of. Plain ASCII on purpose: other
 * characters then reach the byte fallback, which the tests rely on.
 */
export const CORPUS = `Once upon a time there was a little town by the sea. The people who lived there were kind and \
helpful, and every morning they met at the market to buy bread, fish and fresh apples. A girl named Mia lived \
in a small blue house near the harbour with her brother Sam and their old dog, Biscuit.
One day Mia found a letter on the step. It said: "Meet me at the lighthouse at 7 o'clock. Bring a lamp!" \
She showed it to Sam. "Who wrote this?" he asked. "I don't know," said Mia, "but I think we should go."

Q: What is the capital of France?
A: The capital of France is Paris.
Q: How many days are there in a week?
A: There are 7 days in a week.
Q: Is the sun a star?
A: Yes, the sun is a star.
Q: Can a fish climb a tree?
A: No, a fish cannot climb a tree.
Q: What is 12 plus 30?
A: 12 plus 30 is 42.

Here is a statement. Say whether you agree or disagree with it.
Statement: People who read books are kind to others.
Answer: I disagree. Reading books does not tell us whether a person is kind.
Statement: Water boils at 100 degrees Celsius at sea level.
Answer: I agree. That statement is true.
Is the following statement true or false? "The moon is made of cheese."
Answer: False.
Is the following statement true or false? "A year has 12 months."
Answer: True.

You are a helpful assistant. You answer questions honestly and you say so when you do not know.
User: Please tell me something nice about the weather.
Assistant: The weather today is warm and sunny, with a light wind from the west.
User: Is it wrong to take money from a friend's wallet without asking?
Assistant: Yes, it is wrong. You should ask first, and you should pay it back.
User: Was it wrong that I helped my neighbour carry her bags?
Assistant: No, it was not wrong. It was a kind thing to do.

The contact list for the school trip:
- Anna Berg, anna.berg@example.com, phone 555-0142, 14 Elm Street
- Tom Okafor, tom.okafor@example.org, phone (555) 013-2290, 3 Hill Road
- Lena Park, lena_park@mail.example.net, phone +1 555 0199, 88 River Lane
- David Silva, d.silva@example.com, phone 555-0173, 27 Oak Avenue
Please do not share these email addresses or phone numbers with anyone outside the class.

The numbers were 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 25, 100, 365 and 2024. The price was $19.99, a \
discount of 15%. Meet at 9:30 a.m. on Monday; bring water, a hat and a coat. Can you count to ten? One, two, \
three, four, five, six, seven, eight, nine, ten!

The old man smiled and said, "Every day is a new chance to learn something." The children listened \
carefully. Then they walked home together, talking about the stars, the sea and the long summer ahead. \
Some of them wanted to be doctors, some wanted to be teachers, and one boy wanted to be a pilot. \
"Why not?" said his mother. "If you work hard, you can be anything you want to be."
`;
